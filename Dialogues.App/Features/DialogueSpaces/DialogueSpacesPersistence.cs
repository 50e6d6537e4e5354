using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.Community;
using Dialogues.Domain.DialogueSpaces;
using Dialogues.Domain.News;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dialogues.App.Features.DialogueSpaces;

internal sealed class DialogueConfiguration : IEntityTypeConfiguration<Dialogue>
{
    public void Configure(EntityTypeBuilder<Dialogue> entity)
    {
        entity.ToTable("Dialogues");
        entity.HasKey(d => d.Id);
        entity.Property(d => d.Title).HasMaxLength(Dialogue.TitleMax);
        entity.Property(d => d.SearchTitle).HasMaxLength(Dialogue.TitleMax);
        entity.Property(d => d.Summary).HasMaxLength(Dialogue.SummaryMax);
        entity.Property(d => d.RejectionReason).HasMaxLength(2000);
        entity.Property(d => d.Approval).HasConversion<string>().HasMaxLength(20);
        entity.Property(d => d.VotingMethod).HasConversion<string>().HasMaxLength(20);
        entity.OwnsMany(d => d.Videos, video =>
        {
            video.ToJson();
            video.Property(v => v.Host).HasConversion<string>();
        });
        entity.Navigation(d => d.Videos).HasField("_videos");
        entity.PrimitiveCollection(d => d.Documents)
            .HasField("_documents")
            .ElementType(element => element.HasConversion<EntityIdConverter<AttachmentId>>());
        entity.HasIndex(d => d.SearchTitle);
        entity.HasIndex(d => new { d.Approval, d.PublishedAt });
        entity.HasIndex(d => d.PolicyAreaId);
        entity.HasIndex(d => d.SettlementId);
    }
}

internal sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> entity)
    {
        // A comment belongs to exactly one discussion.
        entity.ToTable("Comments", t => t.HasCheckConstraint("CK_Comments_OnePlace",
            "(DialogueId IS NOT NULL AND ArticleId IS NULL) OR (DialogueId IS NULL AND ArticleId IS NOT NULL)"));
        entity.HasKey(c => c.Id);
        entity.Property(c => c.Stance).HasConversion<string>().HasMaxLength(10);
        entity.Ignore(c => c.Place);
        entity.HasOne<Dialogue>().WithMany().HasForeignKey(c => c.DialogueId).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<Article>().WithMany().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(c => new { c.DialogueId, c.ParentId, c.CreatedAt });
        entity.HasIndex(c => new { c.ArticleId, c.ParentId, c.CreatedAt });
        // An organisation's page lists what its members wrote for it.
        entity.Property(c => c.OrganisationName).HasMaxLength(Organisation.NameMax);
        entity.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(c => new { c.OrganisationId, c.CreatedAt });

        entity.HasIndex(c => c.ThreadId);
        entity.HasIndex(c => c.AuthorId);
    }
}

internal sealed class CommentVoteConfiguration : IEntityTypeConfiguration<CommentVote>
{
    public void Configure(EntityTypeBuilder<CommentVote> entity)
    {
        entity.ToTable("CommentVotes");
        entity.HasKey(v => new { v.CommentId, v.UserId });
        entity.HasOne<Comment>().WithMany().HasForeignKey(v => v.CommentId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(v => v.UserId);
    }
}

internal sealed class ProposalConfiguration : IEntityTypeConfiguration<Proposal>
{
    public void Configure(EntityTypeBuilder<Proposal> entity)
    {
        entity.ToTable("Proposals");
        entity.HasKey(p => p.Id);
        entity.Property(p => p.Title).HasMaxLength(Proposal.TitleMax);
        entity.HasOne<Dialogue>().WithMany().HasForeignKey(p => p.DialogueId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(p => new { p.DialogueId, p.CreatedAt });
        entity.Property(p => p.OrganisationName).HasMaxLength(Organisation.NameMax);
        entity.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(p => new { p.OrganisationId, p.CreatedAt });
    }
}

internal sealed class ProposalSupportConfiguration : IEntityTypeConfiguration<ProposalSupport>
{
    public void Configure(EntityTypeBuilder<ProposalSupport> entity)
    {
        entity.ToTable("ProposalSupports");
        entity.HasKey(s => new { s.ProposalId, s.UserId });
        entity.HasOne<Proposal>().WithMany().HasForeignKey(s => s.ProposalId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(s => s.UserId);
    }
}

internal sealed class ScenarioConfiguration : IEntityTypeConfiguration<Scenario>
{
    public void Configure(EntityTypeBuilder<Scenario> entity)
    {
        entity.ToTable("Scenarios");
        entity.HasKey(s => s.Id);
        entity.Property(s => s.Title).HasMaxLength(Scenario.TitleMax);
        entity.HasOne<Dialogue>().WithMany().HasForeignKey(s => s.DialogueId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(s => s.DialogueId);
    }
}

internal sealed class ScenarioVoteConfiguration : IEntityTypeConfiguration<ScenarioVote>
{
    public void Configure(EntityTypeBuilder<ScenarioVote> entity)
    {
        entity.ToTable("ScenarioVotes");
        entity.HasKey(v => new { v.ScenarioId, v.UserId });
        entity.HasOne<Scenario>().WithMany().HasForeignKey(v => v.ScenarioId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(v => new { v.DialogueId, v.UserId });
    }
}

internal sealed class ScenarioChoiceConfiguration : IEntityTypeConfiguration<ScenarioChoice>
{
    public void Configure(EntityTypeBuilder<ScenarioChoice> entity)
    {
        entity.ToTable("ScenarioChoices");
        entity.HasKey(c => new { c.DialogueId, c.UserId });
        entity.HasOne<Scenario>().WithMany().HasForeignKey(c => c.ScenarioId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(c => c.ScenarioId);
    }
}

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> entity)
    {
        entity.ToTable("Attachments");
        entity.HasKey(a => a.Id);
        entity.Property(a => a.FileName).HasMaxLength(Attachment.MaxFileNameLength);
        entity.Property(a => a.ContentType).HasMaxLength(120);
        entity.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
    }
}
