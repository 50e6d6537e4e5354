using Dialogues.App.Features.Departments;
using Dialogues.App.Features.Notifications;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Jobs;
using Dialogues.App.Infrastructure.Time;
using Dialogues.Domain.Deadlines;
using Dialogues.Domain.Notifications;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Deadlines;

/// <summary>An item with a legal answer deadline, as the reminder job sees it.</summary>
public sealed record TrackedItem(
    ItemKind Kind,
    Guid Id,
    string Number,
    string Title,
    string Link,
    DepartmentId? Department,
    DeadlineState State);

/// <summary>
/// A kind of item under the deadline machinery (recommendations, problem reports ...). A feature registers one;
/// the job reminds, marks overdue and escalates for all of them alike.
/// </summary>
public interface IDeadlineSource
{
    ItemKind Kind { get; }

    /// <summary>Registered items that may need a reminder today: undecided, or decided and not yet communicated.</summary>
    Task<IReadOnlyList<TrackedItem>> OpenItemsAsync(AppDbContext db, CancellationToken cancellationToken);

    /// <summary>Records on the item itself that its deadline passed (the public register shows it).</summary>
    Task MarkOverdueAsync(AppDbContext db, Guid id, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Updates what the source learns from elsewhere before reminders are judged (e.g. a delivered decision).</summary>
    Task ReconcileAsync(AppDbContext db, CancellationToken cancellationToken);
}

public sealed record DeadlineReminderDue(TrackedItem Item, DeadlineReminderKind Kind) : IDomainEvent;

/// <summary>
/// Reminds 14 and 3 days before a deadline, marks items overdue once it has passed, escalates overdue items
/// daily, and reminds when a decision was not communicated within 7 days. Each reminder row is saved with its
/// notifications in one transaction; a second run, or a second server, hits the row's key and sends nothing.
/// </summary>
internal sealed class DeadlineReminderJob(IEnumerable<IDeadlineSource> sources, IDbContextFactory<AppDbContext> databases, TimeProvider clock, MunicipalCalendar calendar) : IRecurringJob
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = calendar.DateOf(now);
        foreach (var source in sources)
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            await source.ReconcileAsync(db, cancellationToken);
            var items = await source.OpenItemsAsync(db, cancellationToken);
            var sent = await db.Set<DeadlineReminder>().AsNoTracking()
                .Where(r => r.ItemKind == source.Kind)
                .Select(r => new { r.ItemId, r.Kind, r.Key })
                .ToListAsync(cancellationToken);
            var already = sent.Select(r => (r.ItemId, r.Kind, r.Key)).ToHashSet();
            foreach (var item in items)
            {
                foreach (var (kind, key) in Dialogues.Domain.Deadlines.DeadlineReminders.DueOn(item.State, today).Where(r => !already.Contains((item.Id, r.Kind, r.Key))))
                {
                    if (kind == DeadlineReminderKind.Overdue)
                    {
                        await source.MarkOverdueAsync(db, item.Id, now, cancellationToken);
                    }
                    await DeadlineReminder.SendOnceAsync(db, DeadlineReminder.For(item, kind, key, now), cancellationToken);
                }
            }
        }
    }

}

/// <summary>Who hears about a deadline: the department's officials; escalations also its head and the administrators.</summary>
internal sealed class DeadlineNotificationRules : INotificationRules
{
    public async Task ApplyAsync(IReadOnlyList<IDomainEvent> events, NotificationContext context)
    {
        foreach (var due in events.OfType<DeadlineReminderDue>())
        {
            var item = due.Item;
            var staff = await StaffDirectory.ForAsync(context.Db, item.Department, escalate: due.Kind == DeadlineReminderKind.Escalation, context.CancellationToken);
            context.Notify(staff, user => new NotificationDraft(
                user, NotificationKind.Deadlines, $"Deadline.{due.Kind}",
                [item.Number, item.Title, NotificationArguments.Date(item.State.DueDate)], item.Link, new ContentRef(item.Kind, item.Id)));
        }
    }
}
