using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.Deadlines;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dialogues.App.Features.Deadlines;

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
