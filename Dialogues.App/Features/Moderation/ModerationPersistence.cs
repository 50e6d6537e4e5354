using Dialogues.Domain.Moderation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dialogues.App.Features.Moderation;

internal sealed class ModerationPersistence :
    IEntityTypeConfiguration<Flag>,
    IEntityTypeConfiguration<ModerationCase>,
    IEntityTypeConfiguration<ModerationDecision>
{
    public void Configure(EntityTypeBuilder<Flag> entity)
    {
        entity.ToTable("Flags");
        entity.HasKey(f => f.Id);
        entity.Property(f => f.ItemKind).HasConversion<string>().HasMaxLength(30);
        entity.Property(f => f.Reason).HasConversion<string>().HasMaxLength(20);
        entity.Property(f => f.Text).HasMaxLength(Flag.TextMax);
        entity.Ignore(f => f.Item);
        // One flag per person per item.
        entity.HasIndex(f => new { f.ItemKind, f.ItemId, f.FlaggedBy }).IsUnique();
        entity.HasIndex(f => new { f.FlaggedBy, f.CreatedAt });
    }

    public void Configure(EntityTypeBuilder<ModerationCase> entity)
    {
        entity.ToTable("ModerationCases");
        entity.HasKey(c => c.Id);
        entity.Property(c => c.ItemKind).HasConversion<string>().HasMaxLength(30);
        entity.Property(c => c.Status).HasConversion<string>().HasMaxLength(10);
        entity.Ignore(c => c.Item);
        entity.HasIndex(c => new { c.ItemKind, c.ItemId }).IsUnique();
        entity.HasIndex(c => new { c.Status, c.OpenedAt });
        entity.HasIndex(c => c.AuthorId);
    }

    public void Configure(EntityTypeBuilder<ModerationDecision> entity)
    {
        entity.ToTable("ModerationDecisions");
        entity.HasKey(d => d.Id);
        entity.Property(d => d.ItemKind).HasConversion<string>().HasMaxLength(30);
        entity.Property(d => d.Action).HasConversion<string>().HasMaxLength(20);
        entity.Property(d => d.ReasonTemplate).HasMaxLength(40);
        entity.Property(d => d.Reason).HasMaxLength(ModerationDecision.ReasonMax);
        entity.Property(d => d.AppealText).HasMaxLength(ModerationDecision.ReasonMax);
        entity.Property(d => d.AppealReason).HasMaxLength(ModerationDecision.ReasonMax);
        entity.Ignore(d => d.Item);
        entity.HasIndex(d => new { d.AuthorId, d.DecidedAt });
        entity.HasIndex(d => new { d.ItemKind, d.ItemId });
        entity.HasIndex(d => d.DecidedAt);
        entity.HasIndex(d => new { d.AppealedAt, d.AppealDecidedAt });
    }
}
