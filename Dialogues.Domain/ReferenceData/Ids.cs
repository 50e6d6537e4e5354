using Dialogues.Domain.Shared;

namespace Dialogues.Domain.ReferenceData;

public readonly record struct SettlementId(Guid Value) : IEntityId<SettlementId>
{
    public static SettlementId From(Guid value) => new(value);
}

public readonly record struct PolicyAreaId(Guid Value) : IEntityId<PolicyAreaId>
{
    public static PolicyAreaId From(Guid value) => new(value);
}

public readonly record struct DepartmentId(Guid Value) : IEntityId<DepartmentId>
{
    public static DepartmentId From(Guid value) => new(value);
}
