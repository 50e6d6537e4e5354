using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Infrastructure.Data;

/// <summary>
/// Changes an aggregate root guarded by its version (<see cref="AggregateVersions"/>): when another request changed it
/// between this one's read and its save, the change is made again on fresh data, so no count is lost or overrun and
/// no step is taken twice (the domain refuses the second on the fresh state).
/// </summary>
public static class OptimisticRetry
{
    /// <summary>A save loses only to another one that succeeded in between, so a few tries settle even a rush.</summary>
    public const int MaxAttempts = 10;

    /// <summary>The one way a command changes a root: load it, change it, save; all three again after a lost race.</summary>
    /// <param name="load">Loads the root (tracked), refusing what the actor may not see.</param>
    /// <param name="change">The domain's change; may add or remove other rows in the same context.</param>
    public static Task ChangeAsync<TRoot>(
        this IDbContextFactory<AppDbContext> databases,
        Func<AppDbContext, Task<TRoot>> load,
        Func<AppDbContext, TRoot, Task> change,
        CancellationToken cancellationToken,
        string busyCode = DomainErrors.ChangedMeanwhile,
        string? duplicateCode = null)
        where TRoot : AggregateRoot =>
        RunAsync(databases, async db =>
        {
            var root = await load(db);
            await change(db, root);
            await db.SaveChangesAsync(cancellationToken);
        }, busyCode, duplicateCode, cancellationToken);

    /// <inheritdoc cref="ChangeAsync{TRoot}(IDbContextFactory{AppDbContext}, Func{AppDbContext, Task{TRoot}}, Func{AppDbContext, TRoot, Task}, CancellationToken, string, string?)"/>
    public static Task ChangeAsync<TRoot>(
        this IDbContextFactory<AppDbContext> databases,
        Func<AppDbContext, Task<TRoot>> load,
        Action<TRoot> change,
        CancellationToken cancellationToken)
        where TRoot : AggregateRoot =>
        databases.ChangeAsync(load, (_, root) =>
        {
            change(root);
            return Task.CompletedTask;
        }, cancellationToken);

    /// <param name="attempt">Loads, changes and saves in the fresh context it is given.</param>
    /// <param name="busyCode">The refusal when every try lost: the person is asked to try again.</param>
    /// <param name="duplicateCode">
    /// The refusal when the save hits a one-per-person unique key. Without one, a unique clash is a racing change that
    /// took the same next key (a revision number) first, and is tried again like any other lost race.
    /// </param>
    public static async Task RunAsync(
        IDbContextFactory<AppDbContext> databases,
        Func<AppDbContext, Task> attempt,
        string busyCode,
        string? duplicateCode,
        CancellationToken cancellationToken)
    {
        for (var tries = 1; ; tries++)
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            try
            {
                await attempt(db);
                return;
            }
            catch (DbUpdateException error) when (duplicateCode is not null && DbErrors.IsUniqueViolation(error))
            {
                // The same person's simultaneous second request.
                throw new DomainException(duplicateCode);
            }
            catch (DbUpdateException error) when (error is DbUpdateConcurrencyException || DbErrors.IsUniqueViolation(error))
            {
                if (tries == MaxAttempts)
                {
                    throw new DomainException(busyCode);
                }
            }
        }
    }
}
