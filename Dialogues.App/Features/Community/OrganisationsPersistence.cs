using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.Community;
using Dialogues.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dialogues.App.Features.Community;

internal sealed class OrganisationsPersistence : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> entity)
    {
        entity.ToTable("Organisations");
        entity.HasKey(o => o.Id);
        entity.Property(o => o.Name).HasMaxLength(Organisation.NameMax);
        entity.Property(o => o.Kind).HasConversion<string>().HasMaxLength(30);
        entity.Property(o => o.Eik).HasMaxLength(13);
        entity.Property(o => o.Representative).HasMaxLength(Organisation.RepresentativeMax);
        entity.Property(o => o.Email).HasMaxLength(Organisation.ContactMax);
        entity.Property(o => o.Phone).HasMaxLength(Organisation.ContactMax);
        entity.Property(o => o.Address).HasMaxLength(Organisation.ContactMax);
        entity.Property(o => o.Description).HasMaxLength(Organisation.DescriptionMax);
        entity.Ignore(o => o.IsVerified);
        entity.PrimitiveCollection(o => o.Areas).HasField("_areas").ElementType(e => e.HasConversion<EntityIdConverter<PolicyAreaId>>());
        entity.PrimitiveCollection(o => o.Settlements).HasField("_settlements").ElementType(e => e.HasConversion<EntityIdConverter<SettlementId>>());
        entity.PrimitiveCollection(o => o.Links).HasField("_links");
        // One organisation per code: the same НПО registered twice would split its members and its record.
        entity.HasIndex(o => o.Eik).IsUnique();
        entity.Property(o => o.SearchName).HasMaxLength(Organisation.NameMax);
        entity.HasIndex(o => o.SearchName);
        // Members, invitations and join requests are rows of their own, so "which organisations am I in" is one query.
        entity.OwnsMany(o => o.Members, member =>
        {
            member.ToTable("OrganisationMembers");
            member.WithOwner().HasForeignKey(m => m.OrganisationId);
            member.HasKey(m => new { m.OrganisationId, m.UserId });
            member.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
            member.HasIndex(m => m.UserId);
        });
        entity.Navigation(o => o.Members).HasField("_members");
        entity.OwnsMany(o => o.Invitations, invitation =>
        {
            invitation.ToTable("OrganisationInvitations");
            invitation.WithOwner().HasForeignKey(i => i.OrganisationId);
            invitation.HasKey(i => i.Id);
            invitation.Property(i => i.Id).ValueGeneratedNever();
            invitation.Property(i => i.Email).HasMaxLength(Organisation.ContactMax);
            invitation.HasIndex(i => i.Email);
        });
        entity.Navigation(o => o.Invitations).HasField("_invitations");
        entity.OwnsMany(o => o.JoinRequests, request =>
        {
            request.ToTable("OrganisationJoinRequests");
            request.WithOwner().HasForeignKey(r => r.OrganisationId);
            request.HasKey(r => new { r.OrganisationId, r.UserId });
        });
        entity.Navigation(o => o.JoinRequests).HasField("_joinRequests");
    }
}

internal static class OrganisationTables
{
    extension(AppDbContext db)
    {
        public DbSet<Organisation> Organisations => db.Set<Organisation>();
    }
}
