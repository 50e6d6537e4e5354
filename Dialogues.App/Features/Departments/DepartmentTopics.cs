using Dialogues.App.Infrastructure.Live;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;

namespace Dialogues.App.Features.Departments;

/// <summary>Live topics for officials' inboxes: one per department, and one for work nobody has been given yet.</summary>
public static class DepartmentTopics
{
    public static readonly LiveTopic Unassigned = new("department:unassigned");

    public static LiveTopic Of(DepartmentId department) => new($"department:{department.Value}");
}

/// <summary>Tells an inbox to refresh: its department's work changed.</summary>
public sealed record InboxChanged(ItemKind ItemKind, Guid ItemId);
