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
using Microsoft.EntityFrameworkCore.Metadata.Builders;

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

/// <summary>One reminder sent; the key (item, kind, due date or day) makes a second one impossible.</summary>
public sealed class DeadlineReminder : IHasDomainEvents
{
    private readonly List<IDomainEvent> _events = [];

    public ItemKind ItemKind { get; set; }

    public Guid ItemId { get; set; }

    public DeadlineReminderKind Kind { get; set; }

    public string Key { get; set; } = "";

    public DateTimeOffset SentAt { get; set; }

    public IReadOnlyList<IDomainEvent> DomainEvents => _events;

    public void ClearDomainEvents() => _events.Clear();

    public static DeadlineReminder For(TrackedItem item, DeadlineReminderKind kind, string key, DateTimeOffset now) =>
        Record(item.Kind, item.Id, kind, key, now, new DeadlineReminderDue(item, kind));

    /// <summary>A reminder row that, once saved, announces <paramref name="due"/> to the notification rules.</summary>
    public static DeadlineReminder Record(ItemKind itemKind, Guid itemId, DeadlineReminderKind kind, string key, DateTimeOffset now, IDomainEvent due)
    {
        var reminder = new DeadlineReminder { ItemKind = itemKind, ItemId = itemId, Kind = kind, Key = key, SentAt = now };
        reminder._events.Add(due);
        return reminder;
    }

    /// <summary>Saves the reminder with its notifications; if another run saved it first, sends nothing.</summary>
    public static async Task SendOnceAsync(AppDbContext db, DeadlineReminder reminder, CancellationToken cancellationToken)
    {
        db.Set<DeadlineReminder>().Add(reminder);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException error) when (DbErrors.IsUniqueViolation(error))
        {
            // Another run sent this one; drop ours (and the notifications that came with it).
        }
        catch (DbUpdateConcurrencyException)
        {
            // The item was marked overdue as someone acted on it: nothing is recorded, so the next run looks again.
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}

public sealed record DeadlineReminderDue(TrackedItem Item, DeadlineReminderKind Kind) : IDomainEvent;

internal sealed class DeadlineReminderConfiguration : IEntityTypeConfiguration<DeadlineReminder>
{
    public void Configure(EntityTypeBuilder<DeadlineReminder> entity)
    {
        entity.ToTable("DeadlineReminders");
        entity.HasKey(r => new { r.ItemKind, r.ItemId, r.Kind, r.Key });
        entity.Property(r => r.ItemKind).HasConversion<string>().HasMaxLength(30);
        entity.Property(r => r.Kind).HasConversion<string>().HasMaxLength(30);
        entity.Property(r => r.Key).HasMaxLength(20);
    }
}

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
