using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dialogues.App.Infrastructure.Events;

/// <summary>
/// Runs inside the save, before the commit: whatever it adds to the context (an outbox row, a notification)
/// commits or rolls back together with the change that caused it.
/// </summary>
public interface IBeforeCommitHandler
{
    Task BeforeCommitAsync(AppDbContext db, IReadOnlyList<IDomainEvent> events, CancellationToken cancellationToken);
}

/// <summary>Runs after a successful commit (live updates). Must not throw; must not block.</summary>
public interface IAfterCommitHandler
{
    void AfterCommit(IReadOnlyList<IDomainEvent> events);
}

/// <summary>
/// Collects the events aggregates raised, hands them to before-commit handlers during the save and to
/// after-commit handlers once it succeeded, so nothing is announced that did not happen. Inside an explicit
/// transaction, the announcement waits for the commit (and is dropped on rollback).
/// </summary>
internal sealed partial class DomainEventsInterceptor(
    IEnumerable<IBeforeCommitHandler> beforeCommit,
    IEnumerable<IAfterCommitHandler> afterCommit,
    ILogger<DomainEventsInterceptor> logger) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await CollectAsync(eventData.Context, cancellationToken);
        return result;
    }

    // The app saves asynchronously everywhere; a synchronous save still gets its events handled.
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        CollectAsync(eventData.Context, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Dispatch(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Dispatch(eventData.Context);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Discard(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Discard(eventData.Context);
        return Task.CompletedTask;
    }

    private async Task CollectAsync(DbContext? context, CancellationToken cancellationToken)
    {
        if (context is not AppDbContext db)
        {
            return;
        }
        AppendOnly.Guard(db);
        // Handlers may change more aggregates (a flag hides a comment), whose events get handled in turn.
        for (var round = 0; round < MaxRounds; round++)
        {
            var events = TakeRaised(db);
            if (events.Count == 0)
            {
                return;
            }
            foreach (var handler in beforeCommit)
            {
                await handler.BeforeCommitAsync(db, events, cancellationToken);
            }
            db.PendingEvents.AddRange(events);
        }
        throw new InvalidOperationException($"Domain events still cascading after {MaxRounds} rounds.");
    }

    private const int MaxRounds = 5;

    private static List<IDomainEvent> TakeRaised(AppDbContext db)
    {
        var raised = db.ChangeTracker.Entries<IHasDomainEvents>()
            .Select(e => e.Entity)
            .Where(e => e.DomainEvents.Count > 0)
            .ToList();
        var events = raised.SelectMany(e => e.DomainEvents).ToList();
        raised.ForEach(e => e.ClearDomainEvents());
        return events;
    }

    public Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Dispatch(eventData.Context, committed: true);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) => Dispatch(eventData.Context, committed: true);

    public Task TransactionRolledBackAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Discard(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) => Discard(eventData.Context);

    private void Dispatch(DbContext? context, bool committed = false)
    {
        if (context is not AppDbContext { PendingEvents.Count: > 0 } db)
        {
            return;
        }
        // Saved inside the caller's transaction: announce only once that transaction commits.
        if (!committed && db.Database.CurrentTransaction is not null)
        {
            return;
        }
        var events = db.PendingEvents.ToList();
        db.PendingEvents.Clear();
        foreach (var handler in afterCommit)
        {
            try
            {
                handler.AfterCommit(events);
            }
            catch (Exception exception)
            {
                LogHandlerFailed(logger, exception, handler.GetType().Name);
            }
        }
    }

    private static void Discard(DbContext? context)
    {
        if (context is AppDbContext db)
        {
            db.PendingEvents.Clear();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "After-commit handler {Handler} failed")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string handler);
}
