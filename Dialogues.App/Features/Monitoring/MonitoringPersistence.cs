using Dialogues.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dialogues.App.Features.Monitoring;

internal sealed class MonitoringPersistence :
    IEntityTypeConfiguration<MonitoredPolicy>,
    IEntityTypeConfiguration<Indicator>,
    IEntityTypeConfiguration<MonitoringRound>,
    IEntityTypeConfiguration<Evaluation>,
    IEntityTypeConfiguration<MonitoringReport>
{
    public void Configure(EntityTypeBuilder<MonitoredPolicy> entity)
    {
        entity.ToTable("MonitoredPolicies");
        entity.HasKey(p => p.Id);
        entity.Property(p => p.Title).HasMaxLength(MonitoredPolicy.TitleMax);
        entity.PrimitiveCollection(p => p.Objectives).HasField("_objectives");
        entity.HasIndex(p => p.IsMonitored);
    }

    public void Configure(EntityTypeBuilder<Indicator> entity)
    {
        entity.ToTable("Indicators");
        entity.HasKey(i => i.Id);
        entity.Property(i => i.Name).HasMaxLength(Indicator.NameMax);
        entity.Property(i => i.Unit).HasMaxLength(Indicator.UnitMax);
        entity.Property(i => i.Baseline).HasPrecision(18, 4);
        entity.Property(i => i.Target).HasPrecision(18, 4);
        entity.OwnsMany(i => i.Values, value =>
        {
            value.ToJson();
            value.Property(v => v.Value).HasPrecision(18, 4);
        });
        entity.Navigation(i => i.Values).HasField("_values");
        entity.HasOne<MonitoredPolicy>().WithMany().HasForeignKey(i => i.PolicyId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<MonitoringRound> entity)
    {
        entity.ToTable("MonitoringRounds");
        entity.HasKey(r => r.Id);
        entity.Property(r => r.Title).HasMaxLength(MonitoringRound.TitleMax);
        entity.HasOne<MonitoredPolicy>().WithMany().HasForeignKey(r => r.PolicyId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(r => new { r.PolicyId, r.OpensOn });
        entity.HasIndex(r => r.ClosesOn);
    }

    public void Configure(EntityTypeBuilder<Evaluation> entity)
    {
        entity.ToTable("Evaluations");
        // One evaluation per person per round.
        entity.HasKey(e => new { e.RoundId, e.UserId });
        entity.ComplexProperty(e => e.Scores);
        entity.Property(e => e.Comment).HasMaxLength(Evaluation.CommentMax);
        entity.HasOne<MonitoringRound>().WithMany().HasForeignKey(e => e.RoundId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(e => e.PolicyId);
    }

    public void Configure(EntityTypeBuilder<MonitoringReport> entity)
    {
        entity.ToTable("MonitoringReports");
        entity.HasKey(r => r.Id);
        entity.Property(r => r.Title).HasMaxLength(MonitoringReport.TitleMax);
        entity.Property(r => r.Organisation).HasMaxLength(MonitoringReport.OrganisationMax);
        entity.HasOne<MonitoredPolicy>().WithMany().HasForeignKey(r => r.PolicyId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(r => new { r.PolicyId, r.PublishedAt });
    }
}
