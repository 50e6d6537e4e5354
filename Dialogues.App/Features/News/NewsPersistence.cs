using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.Community;
using Dialogues.Domain.News;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dialogues.App.Features.News;

internal sealed class NewsPersistence : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> entity)
    {
        entity.ToTable("Articles");
        entity.HasKey(a => a.Id);
        entity.Property(a => a.Title).HasMaxLength(Article.TitleMax);
        entity.Property(a => a.Lead).HasMaxLength(Article.LeadMax);
        entity.Property(a => a.Organisation).HasMaxLength(Article.OrganisationMax);
        entity.Property(a => a.Voice).HasConversion<string>().HasMaxLength(20);
        entity.HasOne<Department>().WithMany().HasForeignKey(a => a.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Attachment>().WithMany().HasForeignKey(a => a.CoverId).OnDelete(DeleteBehavior.Restrict);
        entity.PrimitiveCollection(a => a.Areas).HasField("_areas")
            .ElementType(element => element.HasConversion<EntityIdConverter<PolicyAreaId>>());
        entity.PrimitiveCollection(a => a.Settlements).HasField("_settlements")
            .ElementType(element => element.HasConversion<EntityIdConverter<SettlementId>>());
        entity.PrimitiveCollection(a => a.Documents).HasField("_documents")
            .ElementType(element => element.HasConversion<EntityIdConverter<AttachmentId>>());
        entity.Ignore(a => a.Status);
        entity.Ignore(a => a.IsPublic);
        // The public list: published, not hidden, newest first; the release job: scheduled and not yet out.
        entity.HasIndex(a => new { a.PublishedAt, a.ArchivedAt });
        entity.HasIndex(a => a.PublishAt);
        entity.HasIndex(a => a.WrittenBy);
        // An organisation's page lists its articles.
        entity.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ArticleRatingPersistence : IEntityTypeConfiguration<ArticleRating>
{
    public void Configure(EntityTypeBuilder<ArticleRating> entity)
    {
        entity.ToTable("ArticleRatings");
        entity.HasKey(r => new { r.ArticleId, r.UserId });
        entity.HasOne<Article>().WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(r => r.UserId);
    }
}

/// <summary>The feature's own table, read as <c>db.Articles</c>, so the shared context does not have to know it.</summary>
internal static class NewsTables
{
    extension(AppDbContext db)
    {
        public DbSet<Article> Articles => db.Set<Article>();

        public DbSet<ArticleRating> ArticleRatings => db.Set<ArticleRating>();
    }
}
