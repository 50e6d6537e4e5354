using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;

namespace Dialogues.Domain.Monitoring;

/// <summary>The criteria residents score a policy on, each from 1 to 5.</summary>
public sealed record Scores(int Effectiveness, int Transparency, int Legality, int Accessibility)
{
    public const int Min = 1, Max = 5;

    public IEnumerable<int> All => [Effectiveness, Transparency, Legality, Accessibility];

    public void Validate() => DomainException.ThrowIf(All.Any(s => s is < Min or > Max), DomainErrors.EvaluationScoreRange, Min, Max);
}

public enum Criterion
{
    Effectiveness,
    Transparency,
    Legality,
    Accessibility,
}

/// <summary>A window (both days included) in which residents evaluate one monitored policy.</summary>
public sealed class MonitoringRound : AggregateRoot
{
    public const int TitleMax = 100;

    private MonitoringRound() => Title = "";

    public RoundId Id { get; private set; }

    public PolicyId PolicyId { get; private set; }

    public string Title { get; private set; }

    public DateOnly OpensOn { get; private set; }

    public DateOnly ClosesOn { get; private set; }

    public static MonitoringRound Schedule(Actor administrator, MonitoredPolicy policy, string? title, DateOnly opensOn, DateOnly closesOn)
    {
        MonitoredPolicy.EnsureAdministrator(administrator);
        DomainException.ThrowIf(closesOn < opensOn, DomainErrors.RoundClosesBeforeOpening);
        var round = new MonitoringRound
        {
            Id = new RoundId(Guid.NewGuid()),
            PolicyId = policy.Id,
            Title = Text.Required(title, 2, TitleMax, DomainErrors.RoundTitleLength),
            OpensOn = opensOn,
            ClosesOn = closesOn,
        };
        round.Raise(new RoundScheduled(policy.Id, round.Id));
        return round;
    }

    public bool IsOpenOn(DateOnly today) => OpensOn <= today && today <= ClosesOn;
}

/// <summary>One resident's evaluation of a policy in one round; the (round, person) key makes a second impossible.</summary>
public sealed class Evaluation : AggregateRoot
{
    public const int CommentMax = 2_000;

    private Evaluation() => Scores = new Scores(0, 0, 0, 0);

    public RoundId RoundId { get; private set; }

    public PolicyId PolicyId { get; private set; }

    public UserId UserId { get; private set; }

    public Scores Scores { get; private set; }

    public string? Comment { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    /// <summary>
    /// A civic evaluation of the policy in an open round. The officials of the department responsible for the policy
    /// may not rate it: the round is the residents' judgement of their work, and the officials report on it through
    /// the indicators instead.
    /// </summary>
    public static Evaluation Submit(MonitoredPolicy policy, MonitoringRound round, Actor resident, Scores scores, string? comment, DateOnly today, DateTimeOffset now)
    {
        DomainException.ThrowIf(round.PolicyId != policy.Id, DomainErrors.NotFound);
        DomainException.ThrowIf(policy.DepartmentId is { } responsible && resident.IsOfficialOf(responsible), DomainErrors.EvaluationOwnPolicy);
        DomainException.ThrowIf(!round.IsOpenOn(today), DomainErrors.RoundNotOpen);
        scores.Validate();
        var evaluation = new Evaluation
        {
            RoundId = round.Id,
            PolicyId = round.PolicyId,
            UserId = resident.Id,
            Scores = scores,
            Comment = Text.Optional(comment, CommentMax, DomainErrors.EvaluationCommentLength),
            SubmittedAt = now,
        };
        evaluation.Raise(new PolicyEvaluated(round.PolicyId, round.Id));
        return evaluation;
    }
}

public interface IPolicyEvent : IDomainEvent
{
    PolicyId PolicyId { get; }
}

public sealed record PolicyDefined(PolicyId PolicyId, ReferenceData.PolicyAreaId PolicyAreaId) : IPolicyEvent;

public sealed record IndicatorRecorded(PolicyId PolicyId, IndicatorId IndicatorId) : IPolicyEvent;

public sealed record RoundScheduled(PolicyId PolicyId, RoundId RoundId) : IPolicyEvent;

public sealed record PolicyEvaluated(PolicyId PolicyId, RoundId RoundId) : IPolicyEvent;

public sealed record ReportPublished(PolicyId PolicyId, Guid ReportId, UserId AuthorId) : IPolicyEvent;

public sealed record ReportChanged(PolicyId PolicyId, Guid ReportId) : IPolicyEvent;
