using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;

namespace Dialogues.Domain.Problems;

public readonly record struct ProblemCategoryId(Guid Value) : IEntityId<ProblemCategoryId>
{
    public static ProblemCategoryId From(Guid value) => new(value);
}

/// <summary>
/// A kind of problem residents report (street lighting, waste ...), mapped to the policy area it belongs to and the
/// department that handles it by default. Administrators edit the list; entries are archived, never deleted.
/// </summary>
public sealed class ProblemCategory : ReferenceItem<ProblemCategoryId>
{
    private ProblemCategory() { }

    private ProblemCategory(BilingualName name, int sortOrder, PolicyAreaId area, DepartmentId department) : base(name, sortOrder) =>
        (PolicyAreaId, DepartmentId) = (area, department);

    public PolicyAreaId PolicyAreaId { get; private set; }

    public DepartmentId DepartmentId { get; private set; }

    public static ProblemCategory Create(BilingualName name, int sortOrder, PolicyAreaId area, DepartmentId department) => new(name, sortOrder, area, department);

    public void Route(PolicyAreaId area, DepartmentId department) => (PolicyAreaId, DepartmentId) = (area, department);
}
