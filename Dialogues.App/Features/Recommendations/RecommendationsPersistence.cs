using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.Recommendations;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dialogues.App.Features.Recommendations;

internal sealed class RecommendationsPersistence :
    IEntityTypeConfiguration<Recommendation>,
    IEntityTypeConfiguration<CoSignature>,
    IEntityTypeConfiguration<Milestone>,
    IEntityTypeConfiguration<Evidence>,
    IEntityTypeConfiguration<ProgressComment>,
    IEntityTypeConfiguration<OutcomeRating>,
    IEntityTypeConfiguration<AnswerTemplate>
{
    public void Configure(EntityTypeBuilder<Recommendation> entity)
    {
        entity.ToTable("Recommendations");
        entity.HasKey(r => r.Id);
        entity.Property(r => r.Title).HasMaxLength(Recommendation.TitleMax);
        entity.Property(r => r.SearchTitle).HasMaxLength(Recommendation.TitleMax);
        entity.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        entity.Property(r => r.ScreeningReason).HasMaxLength(2000);
        entity.Property(r => r.CommunicationNote).HasMaxLength(500);
        entity.PrimitiveCollection(r => r.Attachments).HasField("_attachments")
            .ElementType(element => element.HasConversion<EntityIdConverter<AttachmentId>>());
        entity.OwnsOne(r => r.Number, number =>
        {
            number.Property(n => n.Series).HasColumnName("NumberSeries").HasMaxLength(10);
            number.Property(n => n.Year).HasColumnName("NumberYear");
            number.Property(n => n.Sequence).HasColumnName("NumberSequence");
            number.HasIndex(n => new { n.Series, n.Year, n.Sequence }).IsUnique();
        });
        entity.OwnsOne(r => r.Deadline, deadline =>
        {
            deadline.Property(d => d.StartDate).HasColumnName("DeadlineStart");
            deadline.Property(d => d.OriginalDueDate).HasColumnName("DeadlineOriginalDue");
            deadline.Property(d => d.DueDate).HasColumnName("DeadlineDue");
            deadline.Property(d => d.ExtendedAt).HasColumnName("DeadlineExtendedAt");
            deadline.Property(d => d.ExtensionReason).HasColumnName("DeadlineExtensionReason").HasMaxLength(2000);
            deadline.HasIndex(d => d.DueDate);
        });
        entity.OwnsOne(r => r.Decision, decision =>
        {
            decision.Property(d => d.Outcome).HasColumnName("DecisionOutcome").HasConversion<string>().HasMaxLength(20);
            decision.Property(d => d.Reasoning).HasColumnName("DecisionReasoning");
            decision.Property(d => d.ForwardedTo).HasColumnName("DecisionForwardedTo").HasMaxLength(300);
            decision.Property(d => d.DecidedBy).HasColumnName("DecisionBy");
            decision.Property(d => d.Department).HasColumnName("DecisionDepartment");
            decision.Property(d => d.DecidedAt).HasColumnName("DecisionAt");
            decision.Property(d => d.DecisionDate).HasColumnName("DecisionDate");
        });
        entity.OwnsMany(r => r.Assignments, assignment =>
        {
            assignment.ToTable("RecommendationAssignments");
            assignment.WithOwner().HasForeignKey("RecommendationId");
            assignment.Property<int>("Id");
            assignment.HasKey("Id");
            assignment.Property(a => a.Note).HasMaxLength(1000);
        });
        entity.Navigation(r => r.Assignments).HasField("_assignments");
        entity.HasIndex(r => r.Status);
        entity.HasIndex(r => r.DepartmentId);
        entity.HasIndex(r => r.SubmittedBy);
        entity.HasIndex(r => r.SearchTitle);
    }

    public void Configure(EntityTypeBuilder<CoSignature> entity)
    {
        entity.ToTable("RecommendationCoSignatures");
        entity.HasKey(s => new { s.RecommendationId, s.UserId });
        entity.HasOne<Recommendation>().WithMany().HasForeignKey(s => s.RecommendationId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<Milestone> entity)
    {
        entity.ToTable("RecommendationMilestones");
        entity.HasKey(m => m.Id);
        entity.Property(m => m.Title).HasMaxLength(Milestone.TitleMax);
        entity.HasOne<Recommendation>().WithMany().HasForeignKey(m => m.RecommendationId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<Evidence> entity)
    {
        entity.ToTable("RecommendationEvidence");
        entity.HasKey(e => e.Id);
        entity.PrimitiveCollection(e => e.Attachments).HasField("_attachments")
            .ElementType(element => element.HasConversion<EntityIdConverter<AttachmentId>>());
        entity.HasOne<Recommendation>().WithMany().HasForeignKey(e => e.RecommendationId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ProgressComment> entity)
    {
        entity.ToTable("RecommendationProgressComments");
        entity.HasKey(c => c.Id);
        entity.HasOne<Recommendation>().WithMany().HasForeignKey(c => c.RecommendationId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(c => new { c.RecommendationId, c.CreatedAt });
    }

    public void Configure(EntityTypeBuilder<OutcomeRating> entity)
    {
        entity.ToTable("RecommendationRatings");
        entity.HasKey(r => new { r.RecommendationId, r.UserId });
        entity.HasOne<Recommendation>().WithMany().HasForeignKey(r => r.RecommendationId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<AnswerTemplate> entity)
    {
        entity.ToTable("AnswerTemplates");
        entity.HasKey(t => t.Id);
        entity.Property(t => t.Title).HasMaxLength(AnswerTemplate.TitleMax);
        entity.Property(t => t.Outcome).HasConversion<string>().HasMaxLength(20);
        entity.HasIndex(t => t.DepartmentId);
    }
}
