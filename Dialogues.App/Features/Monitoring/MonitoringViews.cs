using Dialogues.Domain.Monitoring;
using Dialogues.Domain.Participants;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;

namespace Dialogues.App.Features.Monitoring;

public sealed record PolicyDraft(string? Title, string? Description, PolicyAreaId Area, DepartmentId? Department, IReadOnlyList<string> Objectives);

public sealed record PolicyCard(PolicyId Id, string Title, PolicyAreaId Area, bool IsMonitored, MonitoringRound? OpenRound, MonitoringRound? NextRound, int Indicators);

/// <summary>One criterion's results in a round: the average and how many gave each score from 1 to 5.</summary>
public sealed record CriterionResult(Criterion Criterion, double? Average, IReadOnlyList<int> Distribution);

public sealed record RoundResult(MonitoringRound Round, int Evaluations, IReadOnlyList<CriterionResult> Criteria, bool IsOpen, bool EvaluatedByMe);

public sealed record ReportView(Guid Id, string Title, string Organisation, string Summary, AttachmentId? DocumentId, UserId AuthorId, string AuthorName, DateTimeOffset PublishedAt);

public sealed record PolicyDetails(
    MonitoredPolicy Policy,
    IReadOnlyList<Indicator> Indicators,
    IReadOnlyList<RoundResult> Rounds,
    IReadOnlyList<ReportView> Reports,
    bool CanRecordValues,
    bool CanManage)
{
    public RoundResult? OpenRound => Rounds.LastOrDefault(r => r.IsOpen);

    /// <summary>The round whose distribution is shown: the open one, else the latest with evaluations.</summary>
    public RoundResult? FeaturedRound => OpenRound ?? Rounds.LastOrDefault(r => r.Evaluations > 0);
}
