using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dialogues.App.Infrastructure.Events;

/// <summary>
/// The order in which before-commit handlers see a save. A stage sees the events of the change and those raised by
/// the stages before it (screening hid a first post: notifying knows it), never those of a later stage.
/// </summary>
public enum SaveStage
{
    /// <summary>Moderation looks at what was written: holds first posts, flags watch words, hides at a threshold.</summary>
    Screen,

    /// <summary>Who is told and who follows, knowing what screening hid.</summary>
    Notify,
}

/// <summary>
/// Runs inside the save, before the commit: whatever it adds to the context (an outbox row, a notification)
/// commits or rolls back together with the change that caused it. Handlers of one stage must not depend on each other.
/// </summary>
public interface IBeforeCommitHandler
{
    SaveStage Stage { get; }

    Task BeforeCommitAsync(AppDbContext db, IReadOnlyList<IDomainEvent> events, CancellationToken cancellationToken);
}

/// <summary>The order of after-commit handlers: a page shows a change no later than its email leaves.</summary>
public enum AfterCommitStage
{
    Live,
    Outbox,
}

/// <summary>Runs after a successful commit (live updates). Must not throw; must not block.</summary>
public interface IAfterCommitHandler
{
    AfterCommitStage Stage => AfterCommitStage.Live;

    void AfterCommit(IReadOnlyList<IDomainEvent> events);
}

/// <summary>
/// Collects the events aggregates raised, hands them to before-commit handlers stage by stage during the save and to
/// after-commit handlers once it succeeded (live updates first, then the outbox's kick), so nothing is announced
/// that did not happen. Inside an explicit transaction, the announcement waits for the commit (and is dropped on
/// rollback).
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
        var events = TakeRaised(db);
        if (events.Count > 0)
        {
            foreach (var stage in _stages)
            {
                foreach (var handler in stage)
                {
                    await handler.BeforeCommitAsync(db, events, cancellationToken);
                }
                // What a stage changed (a screened post hidden) raised events of its own, for the later stages.
                events = [.. events, .. TakeRaised(db)];
            }
            db.PendingEvents.AddRange(events);
        }
        // Last, so the roots the stages changed (a post screening hid) are versioned too.
        AggregateVersions.Bump(db);
    }

    private readonly IReadOnlyList<IBeforeCommitHandler[]> _stages = beforeCommit
        .GroupBy(h => h.Stage).OrderBy(g => g.Key).Select(g => g.ToArray()).ToList();

    private readonly IAfterCommitHandler[] _afterCommit = afterCommit.OrderBy(h => h.Stage).ToArray();

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
        foreach (var handler in _afterCommit)
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
