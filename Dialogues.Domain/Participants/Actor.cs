using Dialogues.Domain.ReferenceData;

namespace Dialogues.Domain.Participants;

/// <summary>
/// Who is acting, as checked against the database just before the action: a confirmed, active account
/// with its current roles and, for officials, their department.
/// </summary>
public sealed record Actor(UserId Id, string DisplayName, IReadOnlySet<string> Roles, DepartmentId? DepartmentId, bool IsDepartmentHead = false)
{
    public bool IsAdministrator => Roles.Contains(Role.Administrator);

    public bool IsModerator => Roles.Contains(Role.Moderator) || IsAdministrator;

    public bool IsOfficial => Roles.Contains(Role.Official) && DepartmentId is not null;

    /// <summary>Heads the official's department: the superior who routes work and extends deadlines there.</summary>
    public bool IsDepartmentHead { get; init; } = IsDepartmentHead && Roles.Contains(Role.Official) && DepartmentId is not null;

    public bool IsOfficialOf(DepartmentId department) => IsOfficial && DepartmentId == department;

    /// <summary>Staff may run consultations: officials, moderators and administrators.</summary>
    public bool IsStaff => IsOfficial || IsModerator;
}
