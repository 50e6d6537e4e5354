using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dialogues.App.Infrastructure.Data;

/// <summary>
/// Healthy only while the database takes writes: a database that answers reads but refuses every change (a
/// read-only file, a failed-over replica) breaks every form, so it must not pass for healthy. An update that
/// touches no row still needs write access, and nothing is changed.
/// </summary>
internal sealed class WritableDatabaseCheck(IDbContextFactory<AppDbContext> databases) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("""UPDATE "__EFMigrationsHistory" SET "ProductVersion" = "ProductVersion" WHERE 1 = 0""", cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database refuses writes.", error);
        }
    }
}
