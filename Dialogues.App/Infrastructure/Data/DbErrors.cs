using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Infrastructure.Data;

public static class DbErrors
{
    /// <summary>The save hit a unique index: the row it meant to add already exists (e.g. a second click).</summary>
    public static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 } => true,
        SqlException { Number: 2601 or 2627 } => true,
        _ => false,
    };

    /// <summary>
    /// Saves a row whose unique key stands for "one per person" (a vote, a support): if the same person's
    /// simultaneous request saved it first, that one stands and this save is a no-op.
    /// </summary>
    public static async Task SaveOncePerPersonAsync(this DbContext db, CancellationToken cancellationToken = default)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException error) when (IsUniqueViolation(error))
        {
        }
    }
}
