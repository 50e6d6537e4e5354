using Dialogues.App.Infrastructure.Events;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace Dialogues.App.Infrastructure.Data;

public static class DataServiceCollectionExtensions
{
    public const string ConnectionStringName = "Dialogues";

    public static IServiceCollection AddData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString(ConnectionStringName);

        if (options.Provider == DatabaseProvider.SqlServer)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("ConnectionStrings:Dialogues is required when Database:Provider is SqlServer.");
            }
            services.AddPooledDbContextFactory<SqlServerAppDbContext>((sp, o) => o
                .UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure())
                .AddInterceptors(sp.GetServices<IInterceptor>()));
            services.AddSingleton<IDbContextFactory<AppDbContext>, BaseContextFactory<SqlServerAppDbContext>>();
        }
        else
        {
            var sqlite = SqliteConnectionString(connectionString, DataFolder.Resolve(environment, options.DataFolder));
            services.AddPooledDbContextFactory<SqliteAppDbContext>((sp, o) => o
                .UseSqlite(sqlite)
                .AddInterceptors(sp.GetServices<IInterceptor>()));
            services.AddSingleton<IDbContextFactory<AppDbContext>, BaseContextFactory<SqliteAppDbContext>>();
        }

        // Identity's stores and the health check want a scoped context.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext());
        services.AddSingleton<DataFolder>();
        services.AddSingleton<DomainEventsInterceptor>();
        // Every registered interceptor joins every context (a deployment or a test can add its own).
        services.AddSingleton<IInterceptor>(sp => sp.GetRequiredService<DomainEventsInterceptor>());
        services.AddHostedService<DatabaseInitializer>();
        return services;
    }

    /// <summary>The full path of the embedded database file.</summary>
    public static string SqliteFile(IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = SqliteConnectionString(configuration.GetConnectionString(ConnectionStringName), DataFolder.Resolve(environment, options.DataFolder));
        return new SqliteConnectionStringBuilder(connectionString).DataSource;
    }

    private static string SqliteConnectionString(string? configured, string dataFolder)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? "Data Source=dialogues.db" : configured);
        if (!Path.IsPathRooted(builder.DataSource) && builder.DataSource != ":memory:")
        {
            Directory.CreateDirectory(dataFolder);
            builder.DataSource = Path.Combine(dataFolder, builder.DataSource);
        }
        builder.ForeignKeys = true;
        builder.Pooling = true;
        return builder.ToString();
    }

    private sealed class BaseContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<AppDbContext>
        where TContext : AppDbContext
    {
        public AppDbContext CreateDbContext() => inner.CreateDbContext();
    }
}

/// <summary>The app's writable folder: the SQLite file, uploaded files and the mail pickup live under it.</summary>
public sealed class DataFolder(IHostEnvironment environment, IOptions<DatabaseOptions> options)
{
    public string Root { get; } = Resolve(environment, options.Value.DataFolder);

    /// <summary>A folder under the root, created if missing.</summary>
    public string Folder(params string[] parts)
    {
        var path = Path.Combine([Root, .. parts]);
        Directory.CreateDirectory(path);
        return path;
    }

    public static string Resolve(IHostEnvironment environment, string folder) =>
        Path.GetFullPath(Path.IsPathRooted(folder) ? folder : Path.Combine(environment.ContentRootPath, folder));
}
