using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dialogues.App.Infrastructure.Data;

/// <summary>Seeds data every installation needs (reference lists, roles). Must be safe to run at every start.</summary>
public interface IReferenceSeeder
{
    int Order { get; }

    Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken);
}

/// <summary>Seeds demonstration content. Runs only where <c>Demo:Seed</c> is on and never in Production.</summary>
public interface IDemoSeeder
{
    int Order { get; }

    Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken);
}

public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Seed { get; set; }
}

/// <summary>Migrates and seeds the database before the server takes requests.</summary>
internal sealed partial class DatabaseInitializer(
    IServiceScopeFactory scopes,
    IOptions<DatabaseOptions> database,
    IOptions<DemoOptions> demo,
    IHostEnvironment environment,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await using (var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(cancellationToken))
        {
            if (db.Database.IsSqlite())
            {
                // Readers never wait for the writer in WAL mode; the setting is stored in the file.
                await db.Database.OpenConnectionAsync(cancellationToken);
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
                await db.Database.MigrateAsync(cancellationToken);
            }
            else if (database.Value.MigrateOnStart)
            {
                await db.Database.MigrateAsync(cancellationToken);
            }
        }

        foreach (var seeder in services.GetServices<IReferenceSeeder>().OrderBy(s => s.Order))
        {
            await seeder.SeedAsync(services, cancellationToken);
        }

        if (demo.Value.Seed)
        {
            if (environment.IsProduction())
            {
                LogDemoRefused(logger);
                return;
            }
            foreach (var seeder in services.GetServices<IDemoSeeder>().OrderBy(s => s.Order))
            {
                await seeder.SeedAsync(services, cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo:Seed is on in Production; demo data was not seeded.")]
    private static partial void LogDemoRefused(ILogger logger);
}
