using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.Acts;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dialogues.App.Features.Acts;

internal sealed class ActsPersistence :
    IEntityTypeConfiguration<Act>,
    IEntityTypeConfiguration<ActRevision>,
    IEntityTypeConfiguration<ConsultationComment>
{
    public void Configure(EntityTypeBuilder<Act> entity)
    {
        entity.ToTable("Acts");
        entity.HasKey(a => a.Id);
        entity.Property(a => a.Number).HasMaxLength(Act.NumberMax);
        entity.Property(a => a.Title).HasMaxLength(Act.TitleMax);
        entity.Property(a => a.SearchText).HasMaxLength(Act.NumberMax + Act.TitleMax + 1);
        entity.Property(a => a.Type).HasConversion<string>().HasMaxLength(30);
        entity.Property(a => a.IssuedBy).HasConversion<string>().HasMaxLength(30);
        entity.Property(a => a.ShortConsultationReason).HasMaxLength(Act.ReasonMax);
        entity.PrimitiveCollection(a => a.PolicyAreas)
            .HasField("_policyAreas")
            .ElementType(element => element.HasConversion<EntityIdConverter<PolicyAreaId>>());
        entity.PrimitiveCollection(a => a.Documents)
            .HasField("_documents")
            .ElementType(element => element.HasConversion<EntityIdConverter<AttachmentId>>());
        entity.OwnsMany(a => a.Links, link =>
        {
            link.ToJson();
            link.Property(l => l.Kind).HasConversion<string>();
        });
        entity.Navigation(a => a.Links).HasField("_links");
        entity.OwnsMany(a => a.LegalityFlags, flag =>
        {
            flag.ToJson();
            flag.Property(f => f.Rule).HasConversion<string>();
        });
        entity.Navigation(a => a.LegalityFlags).HasField("_flags");
        entity.OwnsMany(a => a.Summary, summary =>
        {
            summary.ToJson();
            summary.Property(s => s.Outcome).HasConversion<string>();
        });
        entity.Navigation(a => a.Summary).HasField("_summary");
        entity.Ignore(a => a.Paragraphs);
        entity.Ignore(a => a.HasConsultation);
        entity.HasIndex(a => a.SearchText);
        entity.HasIndex(a => new { a.PublishedAt, a.Type });
        entity.HasIndex(a => a.LegalityFlagCount);
        entity.HasIndex(a => a.ConsultationEnd);
    }

    public void Configure(EntityTypeBuilder<ActRevision> entity)
    {
        entity.ToTable("ActRevisions");
        entity.HasKey(r => r.Id);
        entity.Property(r => r.Number).HasMaxLength(Act.NumberMax);
        entity.Property(r => r.Title).HasMaxLength(Act.TitleMax);
        entity.Property(r => r.Note).HasMaxLength(Act.RevisionNoteMax);
        entity.HasOne<Act>().WithMany().HasForeignKey(r => r.ActId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(r => new { r.ActId, r.Revision }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<ConsultationComment> entity)
    {
        entity.ToTable("ConsultationComments");
        entity.HasKey(c => c.Id);
        entity.HasOne<Act>().WithMany().HasForeignKey(c => c.ActId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(c => new { c.ActId, c.CreatedAt });
        entity.HasIndex(c => c.AuthorId);
    }
}
