using Dialogues.Domain.Community;
using Dialogues.Domain.Meetings;
using Dialogues.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dialogues.App.Features.Meetings;

internal sealed class MeetingsPersistence : IEntityTypeConfiguration<Meeting>, IEntityTypeConfiguration<MeetingSignUp>
{
    public void Configure(EntityTypeBuilder<Meeting> entity)
    {
        entity.ToTable("Meetings");
        entity.HasKey(e => e.Id);
        entity.Property(e => e.Title).HasMaxLength(Meeting.TitleMax);
        entity.Property(e => e.Venue).HasMaxLength(Meeting.VenueMax);
        entity.Property(e => e.OnlineLink).HasMaxLength(Meeting.LinkMax);
        entity.Property(e => e.CancellationReason).HasMaxLength(Meeting.ReasonMax);
        entity.HasOne<PolicyArea>().WithMany().HasForeignKey(e => e.PolicyAreaId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Settlement>().WithMany().HasForeignKey(e => e.SettlementId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(e => e.StartsAt);
        entity.HasIndex(e => e.EndsAt);
        // An organisation's page lists the events its members announced for it.
        entity.Property(e => e.OrganisationName).HasMaxLength(Organisation.NameMax);
        entity.HasOne<Organisation>().WithMany().HasForeignKey(e => e.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(e => new { e.OrganisationId, e.CreatedAt });
    }

    public void Configure(EntityTypeBuilder<MeetingSignUp> entity)
    {
        entity.ToTable("MeetingSignUps");
        entity.HasKey(r => new { r.MeetingId, r.UserId });
        entity.HasOne<Meeting>().WithMany().HasForeignKey(r => r.MeetingId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(r => r.UserId);
    }
}
