using Dialogues.Domain.Shared;

namespace Dialogues.Domain.ReferenceData;

/// <summary>
/// An administrator-editable entry of a reference list (settlement, policy area, department).
/// Entries are archived rather than deleted, so records that name them stay readable.
/// </summary>
public abstract class ReferenceItem<TId>
    where TId : struct, IEntityId<TId>
{
    protected ReferenceItem(BilingualName name, int sortOrder)
    {
        Id = TId.From(Guid.NewGuid());
        Name = name;
        SortOrder = sortOrder;
    }

    /// <summary>For materialisation by persistence.</summary>
    protected ReferenceItem() => Name = null!;

    public TId Id { get; private set; }

    public BilingualName Name { get; private set; }

    public int SortOrder { get; private set; }

    public bool IsArchived { get; private set; }

    public void Rename(BilingualName name, int sortOrder)
    {
        Name = name;
        SortOrder = sortOrder;
    }

    public void Archive() => IsArchived = true;

    public void Restore() => IsArchived = false;
}

public sealed class PolicyArea : ReferenceItem<PolicyAreaId>
{
    private PolicyArea() { }

    private PolicyArea(BilingualName name, int sortOrder) : base(name, sortOrder) { }

    public static PolicyArea Create(BilingualName name, int sortOrder) => new(name, sortOrder);
}

public sealed class Department : ReferenceItem<DepartmentId>
{
    private Department() { }

    private Department(BilingualName name, int sortOrder) : base(name, sortOrder) { }

    public static Department Create(BilingualName name, int sortOrder) => new(name, sortOrder);
}

public enum SettlementKind
{
    Town,
    Village,
}

public sealed class Settlement : ReferenceItem<SettlementId>
{
    private Settlement() { }

    private Settlement(BilingualName name, SettlementKind kind, int sortOrder) : base(name, sortOrder) => Kind = kind;

    public SettlementKind Kind { get; private set; }

    /// <summary>The centre of the settlement on the map, for placing and checking problem reports.</summary>
    public double? Latitude { get; private set; }

    public double? Longitude { get; private set; }

    public static Settlement Create(BilingualName name, SettlementKind kind, int sortOrder) => new(name, kind, sortOrder);

    public void PlaceAt(double latitude, double longitude) => (Latitude, Longitude) = (latitude, longitude);
}
