using Dialogues.Domain.Events;
using Dialogues.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dialogues.App.Features.Events;

internal sealed class EventsPersistence : IEntityTypeConfiguration<PublicEvent>, IEntityTypeConfiguration<EventRegistration>
{
    public void Configure(EntityTypeBuilder<PublicEvent> entity)
    {
        entity.ToTable("PublicEvents");
        entity.HasKey(e => e.Id);
        entity.Property(e => e.Title).HasMaxLength(PublicEvent.TitleMax);
        entity.Property(e => e.Venue).HasMaxLength(PublicEvent.VenueMax);
        entity.Property(e => e.OnlineLink).HasMaxLength(PublicEvent.LinkMax);
        entity.Property(e => e.CancellationReason).HasMaxLength(PublicEvent.ReasonMax);
        entity.HasOne<PolicyArea>().WithMany().HasForeignKey(e => e.PolicyAreaId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Settlement>().WithMany().HasForeignKey(e => e.SettlementId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(e => e.StartsAt);
        entity.HasIndex(e => e.EndsAt);
    }

    public void Configure(EntityTypeBuilder<EventRegistration> entity)
    {
        entity.ToTable("EventRegistrations");
        entity.HasKey(r => new { r.EventId, r.UserId });
        entity.HasOne<PublicEvent>().WithMany().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(r => r.UserId);
    }
}
