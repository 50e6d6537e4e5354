using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Problems;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dialogues.App.Features.Problems;

public static class ProblemTables
{
    extension(AppDbContext db)
    {
        public DbSet<ProblemMeToo> ProblemMeToos => db.Set<ProblemMeToo>();
    }
}

/// <summary>One person's "me too" on a report: unique per person and report.</summary>
public sealed class ProblemMeToo
{
    public ProblemReportId ReportId { get; set; }

    public UserId UserId { get; set; }

    public DateTimeOffset AddedAt { get; set; }
}

internal sealed class ProblemsPersistence :
    IEntityTypeConfiguration<ProblemCategory>,
    IEntityTypeConfiguration<ProblemReport>,
    IEntityTypeConfiguration<ProblemMeToo>
{
    public void Configure(EntityTypeBuilder<ProblemCategory> entity) =>
        entity.MapReferenceItem<ProblemCategory, ProblemCategoryId>("ProblemCategories");

    public void Configure(EntityTypeBuilder<ProblemReport> entity)
    {
        entity.ToTable("ProblemReports");
        entity.HasKey(r => r.Id);
        entity.Property(r => r.Title).HasMaxLength(ProblemReport.TitleMax);
        entity.Property(r => r.Address).HasMaxLength(ProblemReport.AddressMax);
        entity.Property(r => r.CompetentBody).HasMaxLength(ProblemReport.CompetentBodyMax);
        entity.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        entity.PrimitiveCollection(r => r.Photos).HasField("_photos")
            .ElementType(element => element.HasConversion<EntityIdConverter<AttachmentId>>());
        entity.OwnsMany(r => r.History, change =>
        {
            change.ToJson();
            change.Property(c => c.From).HasConversion<string>();
            change.Property(c => c.To).HasConversion<string>();
        });
        entity.Navigation(r => r.History).HasField("_history");
        entity.OwnsOne(r => r.Deadline, deadline =>
        {
            deadline.Property(d => d.StartDate).HasColumnName("DeadlineStart");
            deadline.Property(d => d.OriginalDueDate).HasColumnName("DeadlineOriginalDue");
            deadline.Property(d => d.DueDate).HasColumnName("DeadlineDue");
            deadline.Property(d => d.ExtendedAt).HasColumnName("DeadlineExtendedAt");
            deadline.Property(d => d.ExtensionReason).HasColumnName("DeadlineExtensionReason").HasMaxLength(2000);
            deadline.HasIndex(d => d.DueDate);
        });
        entity.Navigation(r => r.Deadline).IsRequired();
        entity.Ignore(r => r.Location);
        entity.Ignore(r => r.NextStatuses);
        entity.HasOne<ProblemCategory>().WithMany().HasForeignKey(r => r.CategoryId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(r => r.Number).IsUnique();
        entity.HasIndex(r => new { r.Status, r.CategoryId, r.Latitude, r.Longitude });
        entity.HasIndex(r => new { r.DepartmentId, r.Status });
        entity.HasIndex(r => new { r.SettlementId, r.ReportedAt });
        entity.HasIndex(r => r.ReporterId);
    }

    public void Configure(EntityTypeBuilder<ProblemMeToo> entity)
    {
        entity.ToTable("ProblemMeToos");
        entity.HasKey(m => new { m.ReportId, m.UserId });
        entity.HasOne<ProblemReport>().WithMany().HasForeignKey(m => m.ReportId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(m => m.UserId);
    }
}
