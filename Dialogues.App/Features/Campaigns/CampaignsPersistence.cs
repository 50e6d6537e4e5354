using Dialogues.Domain.Campaigns;
using Dialogues.Domain.Recommendations;
using Dialogues.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dialogues.App.Features.Campaigns;

internal sealed class CampaignsPersistence : IEntityTypeConfiguration<Campaign>, IEntityTypeConfiguration<CampaignSignature>
{
    public void Configure(EntityTypeBuilder<Campaign> entity)
    {
        entity.ToTable("Campaigns");
        entity.HasKey(c => c.Id);
        entity.Property(c => c.Title).HasMaxLength(Campaign.TitleMax);
        entity.Property(c => c.Organisation).HasMaxLength(Campaign.OrganisationMax);
        entity.HasOne<PolicyArea>().WithMany().HasForeignKey(c => c.PolicyAreaId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Settlement>().WithMany().HasForeignKey(c => c.SettlementId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Recommendation>().WithMany().HasForeignKey(c => c.RecommendationId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(c => c.ClosesOn);
        entity.HasIndex(c => c.StartedAt);
    }

    public void Configure(EntityTypeBuilder<CampaignSignature> entity)
    {
        entity.ToTable("CampaignSignatures");
        entity.HasKey(s => new { s.CampaignId, s.UserId });
        entity.HasOne<Campaign>().WithMany().HasForeignKey(s => s.CampaignId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(s => new { s.CampaignId, s.SignedAt });
        entity.HasIndex(s => s.UserId);
    }
}
