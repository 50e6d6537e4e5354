using System.ComponentModel.DataAnnotations;

namespace Dialogues.App.Infrastructure.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations when the app starts (the embedded database is always migrated).</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>Folder for the SQLite file, uploads and mail pickup, relative to the content root.</summary>
    [Required]
    public string DataFolder { get; set; } = "App_Data";
}
