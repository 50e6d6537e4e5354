using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Infrastructure.Data;

public static class Transactions
{
    /// <summary>
    /// Runs <paramref name="work"/> in one transaction, inside the provider's execution strategy: SQL Server retries
    /// transient failures, and a retrying strategy refuses transactions it does not wrap.
    /// </summary>
    public static Task<T> InTransactionAsync<T>(this DbContext db, Func<Task<T>> work, CancellationToken cancellationToken = default) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var result = await work();
            await transaction.CommitAsync(cancellationToken);
            return result;
        });

    public static Task InTransactionAsync(this DbContext db, Func<Task> work, CancellationToken cancellationToken = default) =>
        db.InTransactionAsync(async () =>
        {
            await work();
            return true;
        }, cancellationToken);
}
