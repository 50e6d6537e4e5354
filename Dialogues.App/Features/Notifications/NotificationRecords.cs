using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.Notifications;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dialogues.App.Features.Notifications;

/// <summary>A piece of content a notification is about, so it can be withdrawn if moderators hide that content.</summary>
public readonly record struct ContentRef(ItemKind Kind, Guid Id);

/// <summary>
/// One thing a person is told about. Its text is rendered in the reader's language when shown (from
/// <see cref="Template"/> and <see cref="Arguments"/>); the delivery decided at creation says whether an email went
/// out at once or waits for a digest.
/// </summary>
public sealed class Notification
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public UserId UserId { get; set; }

    public NotificationKind Kind { get; set; }

    public string Template { get; set; } = "";

    public List<string> Arguments { get; set; } = [];

    /// <summary>Relative link to the exact place (an anchor for a comment).</summary>
    public string Link { get; set; } = "";

    public ItemKind SubjectKind { get; set; }

    public Guid SubjectId { get; set; }

    /// <summary>What the digest groups it under: the followed item, area or settlement.</summary>
    public ItemKind? GroupKind { get; set; }

    public Guid? GroupId { get; set; }

    public Delivery Delivery { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }

    public DateTimeOffset? DigestedAt { get; set; }

    /// <summary>Set when the content it is about was hidden by a moderator: no longer shown or mailed.</summary>
    public DateTimeOffset? HiddenAt { get; set; }

    /// <summary>How many times the same news arrived while this was unread (ten comments in a followed dialogue: one entry).</summary>
    public int Repeats { get; set; } = 1;

    /// <summary>The same news again, before the first was read: this entry now tells of the newest, and counts it.</summary>
    public void Repeat(NotificationDraft draft, DateTimeOffset now)
    {
        Repeats++;
        Arguments = [.. draft.Arguments];
        Link = draft.Link;
        (SubjectKind, SubjectId) = (draft.Subject.Kind, draft.Subject.Id);
        CreatedAt = now;
        // The newest activity belongs in the next digest, even if the first was already in one.
        DigestedAt = null;
    }
}

/// <summary>
/// An email waiting to be sent. Written in the same transaction as the change that caused it; the sender claims a
/// row before sending, so two senders never send the same message.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>The recipient's account; nothing is sent if it was erased or disabled meanwhile.</summary>
    public UserId UserId { get; set; }

    public Guid? NotificationId { get; set; }

    public string To { get; set; } = "";

    public string Subject { get; set; } = "";

    public string PlainText { get; set; } = "";

    public string Html { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    public Guid? LockToken { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Given up after the last retry.</summary>
    public DateTimeOffset? FailedAt { get; set; }

    /// <summary>Not sent on purpose: the account is gone or the content was hidden.</summary>
    public DateTimeOffset? CancelledAt { get; set; }

    public string? LastError { get; set; }
}

public enum DigestPeriod
{
    Daily,
    Weekly,
}

/// <summary>One digest sent to one person for one day or week; the key makes a second one impossible.</summary>
public sealed class DigestDelivery
{
    public UserId UserId { get; set; }

    public DigestPeriod Period { get; set; }

    public DateOnly PeriodStart { get; set; }

    public DateTimeOffset SentAt { get; set; }
}

public sealed class NotificationPreference
{
    public UserId UserId { get; set; }

    public NotificationKind Kind { get; set; }

    public Delivery Delivery { get; set; }
}

public sealed class DigestSettings
{
    public UserId UserId { get; set; }

    public int Hour { get; set; } = NotificationDefaults.DigestHour;

    public DayOfWeek Weekday { get; set; } = NotificationDefaults.DigestWeekday;
}

/// <summary>The feature's tables, read as <c>db.Notifications</c> and so on wherever the context is.</summary>
public static class NotificationTables
{
    extension(AppDbContext db)
    {
        public DbSet<Notification> Notifications => db.Set<Notification>();

        public DbSet<OutboxMessage> OutboxMessages => db.Set<OutboxMessage>();

        public DbSet<DigestDelivery> DigestDeliveries => db.Set<DigestDelivery>();

        public DbSet<NotificationPreference> NotificationPreferences => db.Set<NotificationPreference>();

        public DbSet<DigestSettings> DigestSettings => db.Set<DigestSettings>();
    }
}

internal sealed class NotificationsPersistence :
    IEntityTypeConfiguration<Follow>,
    IEntityTypeConfiguration<Notification>,
    IEntityTypeConfiguration<OutboxMessage>,
    IEntityTypeConfiguration<DigestDelivery>,
    IEntityTypeConfiguration<NotificationPreference>,
    IEntityTypeConfiguration<DigestSettings>
{
    public void Configure(EntityTypeBuilder<Follow> entity)
    {
        entity.ToTable("Follows");
        entity.HasKey(f => new { f.UserId, f.TargetKind, f.TargetId });
        entity.Property(f => f.TargetKind).HasConversion<string>().HasMaxLength(30);
        entity.HasIndex(f => new { f.TargetKind, f.TargetId });
        entity.Ignore(f => f.Target);
    }

    public void Configure(EntityTypeBuilder<Notification> entity)
    {
        entity.ToTable("Notifications");
        entity.HasKey(n => n.Id);
        entity.Property(n => n.Kind).HasConversion<string>().HasMaxLength(30);
        entity.Property(n => n.Delivery).HasConversion<string>().HasMaxLength(20);
        entity.Property(n => n.GroupKind).HasConversion<string>().HasMaxLength(30);
        entity.Property(n => n.Template).HasMaxLength(80);
        entity.Property(n => n.Link).HasMaxLength(500);
        entity.Property(n => n.SubjectKind).HasConversion<string>().HasMaxLength(30);
        entity.Property(n => n.Repeats).HasDefaultValue(1);
        entity.HasIndex(n => new { n.UserId, n.CreatedAt });
        entity.HasIndex(n => new { n.UserId, n.ReadAt });
        entity.HasIndex(n => new { n.Delivery, n.DigestedAt });
        entity.HasIndex(n => new { n.SubjectKind, n.SubjectId });
    }

    public void Configure(EntityTypeBuilder<OutboxMessage> entity)
    {
        entity.ToTable("OutboxMessages");
        entity.HasKey(m => m.Id);
        entity.Property(m => m.To).HasMaxLength(256);
        entity.Property(m => m.Subject).HasMaxLength(300);
        entity.Property(m => m.LastError).HasMaxLength(1000);
        entity.Property(m => m.LockToken).IsConcurrencyToken();
        entity.HasIndex(m => new { m.SentAt, m.NextAttemptAt });
        entity.HasIndex(m => m.NotificationId);
    }

    public void Configure(EntityTypeBuilder<DigestDelivery> entity)
    {
        entity.ToTable("DigestDeliveries");
        entity.HasKey(d => new { d.UserId, d.Period, d.PeriodStart });
        entity.Property(d => d.Period).HasConversion<string>().HasMaxLength(10);
    }

    public void Configure(EntityTypeBuilder<NotificationPreference> entity)
    {
        entity.ToTable("NotificationPreferences");
        entity.HasKey(p => new { p.UserId, p.Kind });
        entity.Property(p => p.Kind).HasConversion<string>().HasMaxLength(30);
        entity.Property(p => p.Delivery).HasConversion<string>().HasMaxLength(20);
    }

    public void Configure(EntityTypeBuilder<DigestSettings> entity)
    {
        entity.ToTable("DigestSettings");
        entity.HasKey(s => s.UserId);
        entity.Property(s => s.Weekday).HasConversion<string>().HasMaxLength(10);
    }
}
