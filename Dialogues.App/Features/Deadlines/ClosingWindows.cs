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

/// <summary>
/// A window for taking part that is closing or has closed: a public consultation (which then owes its summary) or
/// a monitoring round. <see cref="Followers"/> hear it is closing; the department also hears of a missing follow-up.
/// </summary>
public sealed record ClosingWindow(
    ItemKind Kind,
    Guid Id,
    string Title,
    string Link,
    DepartmentId? Department,
    FollowTarget Followers,
    DateOnly ClosesOn,
    bool FollowUpPending);

/// <summary>A kind of window under the closing reminders. A feature registers one; the job treats them alike.</summary>
public interface IClosingWindowSource
{
    ItemKind Kind { get; }

    /// <summary>Windows that close within a few days, or closed and still owe their follow-up.</summary>
    Task<IReadOnlyList<ClosingWindow>> WindowsAsync(AppDbContext db, DateOnly today, CancellationToken cancellationToken);
}

public sealed record ClosingReminderDue(ClosingWindow Window, DeadlineReminderKind Kind) : IDomainEvent;

/// <summary>
/// Reminds 3 days and 1 day before a window closes, and when its follow-up is still missing a week after. The
/// reminder rows share the deadline ledger's unique key, so a second run or a second server sends nothing twice.
/// </summary>
internal sealed class ClosingReminderJob(IEnumerable<IClosingWindowSource> sources, IDbContextFactory<AppDbContext> databases, TimeProvider clock, MunicipalCalendar calendar) : IRecurringJob
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = calendar.DateOf(now);
        foreach (var source in sources)
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            var windows = await source.WindowsAsync(db, today, cancellationToken);
            var ids = windows.Select(w => w.Id).ToList();
            var sent = (await db.Set<DeadlineReminder>().AsNoTracking()
                    .Where(r => r.ItemKind == source.Kind && ids.Contains(r.ItemId))
                    .Select(r => new { r.ItemId, r.Kind, r.Key })
                    .ToListAsync(cancellationToken))
                .Select(r => (r.ItemId, r.Kind, r.Key))
                .ToHashSet();
            foreach (var window in windows)
            {
                foreach (var (kind, key) in ClosingReminders.DueOn(window.ClosesOn, window.FollowUpPending, today).Where(r => !sent.Contains((window.Id, r.Kind, r.Key))))
                {
                    await DeadlineReminder.SendOnceAsync(db,
                        DeadlineReminder.Record(window.Kind, window.Id, kind, key, now, new ClosingReminderDue(window, kind)), cancellationToken);
                }
            }
        }
    }
}

/// <summary>Followers hear a window is closing; the responsible department hears that too, and of a missing follow-up.</summary>
internal sealed class ClosingNotificationRules : INotificationRules
{
    public async Task ApplyAsync(IReadOnlyList<IDomainEvent> events, NotificationContext context)
    {
        foreach (var due in events.OfType<ClosingReminderDue>())
        {
            var window = due.Window;
            var followUp = due.Kind == DeadlineReminderKind.FollowUpMissing;
            var staff = await StaffDirectory.ForAsync(context.Db, window.Department, escalate: false, context.CancellationToken);
            var recipients = followUp ? staff : [.. staff, .. await context.FollowersAsync(window.Followers)];
            context.Notify(recipients.Distinct(), user => new NotificationDraft(
                user, followUp ? NotificationKind.Deadlines : NotificationKind.FollowedActivity, $"Closing.{window.Kind}.{due.Kind}",
                [window.Title, NotificationArguments.Date(window.ClosesOn)],
                window.Link, new ContentRef(window.Kind, window.Id), window.Followers));
        }
    }
}
