using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dialogues.App.Features.Audit;

/// <summary>
/// Who did what to what, when, why, and what it was before. Written in the same save as the action it records;
/// never changed or deleted (the app refuses, and database triggers refuse bulk statements).
/// </summary>
public sealed class AuditEntry : IAppendOnly
{
    public const int TextMax = 2_000;

    public Guid Id { get; init; } = Guid.NewGuid();

    public DateTimeOffset At { get; init; }

    public UserId ActorId { get; init; }

    /// <summary>A key of AuditText.resx (<c>Action.Moderation.Hide</c>), e.g. <c>Moderation.Hide</c> or <c>Account.Roles</c>.</summary>
    public string Action { get; init; } = "";

    public string TargetKind { get; init; } = "";

    public Guid TargetId { get; init; }

    /// <summary>The person the action concerns (the content's author, the account changed).</summary>
    public UserId? SubjectUserId { get; init; }

    public string? Reason { get; init; }

    public string? Before { get; init; }

    public string? After { get; init; }
}

public static class AuditLog
{
    extension(AppDbContext db)
    {
        /// <summary>The append-only log, read as <c>db.AuditEntries</c> wherever the context is.</summary>
        public DbSet<AuditEntry> AuditEntries => db.Set<AuditEntry>();
    }

    /// <summary>Adds an entry to the save in progress, so it commits with the action or not at all.</summary>
    public static void Record(AppDbContext db, DateTimeOffset at, UserId actor, string action, string targetKind, Guid targetId,
        UserId? subject, string? reason, string? before, string? after) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = at,
            ActorId = actor,
            Action = action,
            TargetKind = targetKind,
            TargetId = targetId,
            SubjectUserId = subject,
            Reason = Clip(reason),
            Before = Clip(before),
            After = Clip(after),
        });

    private static string? Clip(string? text) => text is { Length: > AuditEntry.TextMax } ? text[..AuditEntry.TextMax] : text;
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public const string Table = "AuditEntries";
    public const string NoUpdateTrigger = "AuditEntries_NoUpdate";
    public const string NoDeleteTrigger = "AuditEntries_NoDelete";

    public void Configure(EntityTypeBuilder<AuditEntry> entity)
    {
        // The migrations add triggers that refuse UPDATE and DELETE; EF must know, to save without OUTPUT/RETURNING.
        entity.ToTable(Table, table =>
        {
            table.HasTrigger(NoUpdateTrigger);
            table.HasTrigger(NoDeleteTrigger);
        });
        entity.HasKey(e => e.Id);
        entity.Property(e => e.Action).HasMaxLength(60);
        entity.Property(e => e.TargetKind).HasMaxLength(30);
        entity.Property(e => e.Reason).HasMaxLength(AuditEntry.TextMax);
        entity.Property(e => e.Before).HasMaxLength(AuditEntry.TextMax);
        entity.Property(e => e.After).HasMaxLength(AuditEntry.TextMax);
        entity.HasIndex(e => e.At);
        entity.HasIndex(e => new { e.Action, e.At });
        entity.HasIndex(e => new { e.ActorId, e.At });
        entity.HasIndex(e => new { e.SubjectUserId, e.At });
    }
}
