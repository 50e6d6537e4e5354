using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dialogues.App.Infrastructure.Data;

internal static class ReferenceItemMapping
{
    public static void MapReferenceItem<T, TId>(this EntityTypeBuilder<T> entity, string table)
        where T : ReferenceItem<TId>
        where TId : struct, IEntityId<TId>
    {
        entity.ToTable(table);
        entity.HasKey(x => x.Id);
        entity.ComplexProperty(x => x.Name, name =>
        {
            name.Property(n => n.Bulgarian).HasColumnName("NameBg").HasMaxLength(BilingualName.MaxLength);
            name.Property(n => n.English).HasColumnName("NameEn").HasMaxLength(BilingualName.MaxLength);
        });
    }
}

internal sealed class SettlementConfiguration : IEntityTypeConfiguration<Settlement>
{
    public void Configure(EntityTypeBuilder<Settlement> entity)
    {
        entity.MapReferenceItem<Settlement, SettlementId>("Settlements");
        entity.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class PolicyAreaConfiguration : IEntityTypeConfiguration<PolicyArea>
{
    public void Configure(EntityTypeBuilder<PolicyArea> entity) => entity.MapReferenceItem<PolicyArea, PolicyAreaId>("PolicyAreas");
}

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> entity) => entity.MapReferenceItem<Department, DepartmentId>("Departments");
}
