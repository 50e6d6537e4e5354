using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.DialogueSpaces;
using Dialogues.Domain.Practices;
using Dialogues.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dialogues.App.Features.Practices;

internal sealed class PracticesPersistence : IEntityTypeConfiguration<Practice>, IEntityTypeConfiguration<PracticeWant>
{
    public void Configure(EntityTypeBuilder<Practice> entity)
    {
        entity.ToTable("Practices");
        entity.HasKey(p => p.Id);
        entity.Property(p => p.Title).HasMaxLength(Practice.TitleMax);
        entity.Property(p => p.Country).HasMaxLength(Practice.PlaceMax);
        entity.Property(p => p.Town).HasMaxLength(Practice.PlaceMax);
        entity.Property(p => p.Method).HasConversion<string>().HasMaxLength(40);
        entity.Property(p => p.DeclineReason).HasMaxLength(Practice.DeclineReasonMax);
        entity.PrimitiveCollection(p => p.Sources).HasField("_sources");
        entity.HasOne<PolicyArea>().WithMany().HasForeignKey(p => p.PolicyAreaId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Department>().WithMany().HasForeignKey(p => p.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Dialogue>().WithMany().HasForeignKey(p => p.DialogueId).OnDelete(DeleteBehavior.Restrict);
        entity.Ignore(p => p.IsPublic);
        // The library (published, most wanted first) and the review queue (proposed, oldest first).
        entity.HasIndex(p => new { p.PublishedAt, p.WantCount });
        entity.HasIndex(p => p.ProposedAt);
        entity.HasIndex(p => p.ProposedBy);
    }

    public void Configure(EntityTypeBuilder<PracticeWant> entity)
    {
        entity.ToTable("PracticeWants");
        entity.HasKey(w => new { w.PracticeId, w.UserId });
        entity.HasOne<Practice>().WithMany().HasForeignKey(w => w.PracticeId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(w => w.UserId);
    }
}

internal static class PracticeTables
{
    extension(AppDbContext db)
    {
        public DbSet<Practice> Practices => db.Set<Practice>();

        public DbSet<PracticeWant> PracticeWants => db.Set<PracticeWant>();
    }
}
