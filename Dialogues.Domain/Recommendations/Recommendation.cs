using Dialogues.Domain.Deadlines;
using Dialogues.Domain.Acts;
using Dialogues.Domain.DialogueSpaces;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.Participants;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;

namespace Dialogues.Domain.Recommendations;

public readonly record struct RecommendationId(Guid Value) : IEntityId<RecommendationId>
{
    public static RecommendationId From(Guid value) => new(value);

    public override string ToString() => Value.ToString();
}

public enum RecommendationStatus
{
    /// <summary>Sent; a moderator screens it for spam before it is registered.</summary>
    Submitted,

    /// <summary>Refused at screening, with a reason the submitter sees.</summary>
    NotRegistered,

    /// <summary>Registered with a number; waiting to be routed to a department.</summary>
    Registered,
    Assigned,
    Decided,
    Implementing,
    Implemented,
}

public enum DecisionOutcome
{
    Accepted,
    PartlyAccepted,
    Rejected,
    Forwarded,
}

/// <summary>The written decision on a recommendation (АПК чл. 118, 123).</summary>
public sealed record Decision(DecisionOutcome Outcome, string Reasoning, string? ForwardedTo, UserId DecidedBy, DepartmentId Department, DateTimeOffset DecidedAt, DateOnly DecisionDate);

/// <summary>Routing to a department; reassigning adds a row, so the history stays.</summary>
public sealed record Assignment(DepartmentId Department, UserId AssignedBy, DateTimeOffset AssignedAt, string? Note);

/// <summary>A registration number such as ПР-2026-17: a series, the year, and a sequence without gaps within the year.</summary>
public sealed record RegistrationNumber(string Series, int Year, int Sequence)
{
    public override string ToString() => $"{Series}-{Year}-{Sequence}";
}

/// <summary>
/// A recommendation to the administration, from submission through registration, routing, the decision within the
/// legal deadline, and, when accepted, its implementation.
/// </summary>
public sealed class Recommendation : AggregateRoot, IModeratable
{
    public const string Series = "ПР";
    public const int TitleMin = 5, TitleMax = 200;
    public const int TextMin = 20, TextMax = 10_000;
    public const int ReasoningMin = 20, ReasoningMax = 10_000;
    public const int MaxAttachments = 5;
    public const int ArticleMax = 100;

    private readonly List<Assignment> _assignments = [];
    private readonly List<AttachmentId> _attachments = [];

    private Recommendation() => (Title, Text) = ("", "");

    public RecommendationId Id { get; private set; }

    public string Title { get; private set; }

    public string SearchTitle { get; private set; } = "";

    public string Text { get; private set; }

    public PolicyAreaId PolicyAreaId { get; private set; }

    public SettlementId? SettlementId { get; private set; }

    public DialogueId? SourceDialogueId { get; private set; }

    public ProposalId? SourceProposalId { get; private set; }

    /// <summary>Set for a legality concern: the act whose lawfulness the submitter questions.</summary>
    public ActId? ConcernsActId { get; private set; }

    /// <summary>For a legality concern: the article or paragraph of the act it is about.</summary>
    public string? ConcernsArticle { get; private set; }

    public bool IsLegalityConcern => ConcernsActId is not null;

    public IReadOnlyList<AttachmentId> Attachments => _attachments;

    public UserId SubmittedBy { get; private set; }

    /// <summary>The submitter agreed to show their name publicly (АПК чл. 108: never without consent).</summary>
    public bool ShowSubmitterName { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public RecommendationStatus Status { get; private set; }

    public string? ScreeningReason { get; private set; }

    public DateTimeOffset? ScreenedAt { get; private set; }

    public RegistrationNumber? Number { get; private set; }

    public DateTimeOffset? RegisteredAt { get; private set; }

    public ResponseDeadline? Deadline { get; private set; }

    public IReadOnlyList<Assignment> Assignments => _assignments;

    /// <summary>The department it is assigned to now (the last assignment).</summary>
    public DepartmentId? DepartmentId { get; private set; }

    public Decision? Decision { get; private set; }

    public DateTimeOffset? CommunicatedAt { get; private set; }

    public string? CommunicationNote { get; private set; }

    /// <summary>When the job first found the deadline passed without a decision.</summary>
    public DateTimeOffset? OverdueSince { get; private set; }

    public int ProgressPercent { get; private set; }

    public DateTimeOffset? ImplementedAt { get; private set; }

    public DateTimeOffset? HiddenAt { get; private set; }

    public bool IsPublic => Number is not null && HiddenAt is null;

    public bool IsOpen => Status is RecommendationStatus.Registered or RecommendationStatus.Assigned;

    public static Recommendation Submit(Actor author, string? title, string? text, PolicyAreaId area, SettlementId? settlement,
        DialogueId? sourceDialogue, ProposalId? sourceProposal, bool showName, DateTimeOffset now, RecommendationId? id = null)
    {
        var recommendation = new Recommendation
        {
            Id = id ?? new RecommendationId(Guid.NewGuid()),
            SubmittedBy = author.Id,
            PolicyAreaId = area,
            SettlementId = settlement,
            SourceDialogueId = sourceDialogue,
            SourceProposalId = sourceProposal,
            ShowSubmitterName = showName,
            SubmittedAt = now,
            Status = RecommendationStatus.Submitted,
        };
        recommendation.Title = Shared.Text.Required(title, TitleMin, TitleMax, DomainErrors.RecommendationTitleLength);
        recommendation.SearchTitle = recommendation.Title.ToLowerInvariant();
        recommendation.Text = Shared.Text.Required(text, TextMin, TextMax, DomainErrors.RecommendationTextLength);
        recommendation.Raise(new RecommendationSubmitted(recommendation.Id, author.Id));
        return recommendation;
    }

    /// <summary>
    /// A citizen's concern that an act was adopted unlawfully: a signal under АПК ch. 8, answered through the same
    /// workflow and within the same deadline as a recommendation.
    /// </summary>
    public static Recommendation RaiseLegalityConcern(Actor author, Act act, string? title, string? article, string? text, bool showName, DateTimeOffset now)
    {
        DomainException.ThrowIf(act.PublishedAt is null, DomainErrors.ActNotPublished);
        var concern = Submit(author, title, text, act.PolicyAreas[0], null, null, null, showName, now);
        concern.ConcernsActId = act.Id;
        concern.ConcernsArticle = Shared.Text.Optional(article, ArticleMax, DomainErrors.ActArticleLength);
        return concern;
    }

    public void Attach(AttachmentId attachment)
    {
        DomainException.ThrowIf(_attachments.Count >= MaxAttachments, DomainErrors.RecommendationTooManyAttachments, MaxAttachments);
        _attachments.Add(attachment);
    }

    /// <summary>Registers after spam screening: the number and the answer deadline start now.</summary>
    public void Register(Actor moderator, RegistrationNumber number, DateOnly today, int answerMonths, DateTimeOffset now)
    {
        DomainException.ThrowIf(!moderator.IsModerator, DomainErrors.Forbidden);
        DomainException.ThrowIf(Status != RecommendationStatus.Submitted, DomainErrors.RecommendationNotAwaitingScreening);
        Number = number;
        RegisteredAt = now;
        ScreenedAt = now;
        Deadline = ResponseDeadline.Start(today, answerMonths);
        Status = RecommendationStatus.Registered;
        Raise(new RecommendationRegistered(Id, SubmittedBy, PolicyAreaId, SettlementId));
    }

    /// <summary>Screening is for spam, not opinions: a refusal always carries a reason the submitter reads.</summary>
    public void RefuseRegistration(Actor moderator, string? reason, DateTimeOffset now)
    {
        DomainException.ThrowIf(!moderator.IsModerator, DomainErrors.Forbidden);
        DomainException.ThrowIf(Status != RecommendationStatus.Submitted, DomainErrors.RecommendationNotAwaitingScreening);
        ScreeningReason = Shared.Text.Required(reason, 10, 2000, DomainErrors.RecommendationScreeningReason);
        ScreenedAt = now;
        Status = RecommendationStatus.NotRegistered;
        Raise(new RecommendationRefused(Id, SubmittedBy));
    }

    /// <summary>Routes (or re-routes) to a department; only administrators and department heads may.</summary>
    public void AssignTo(Actor actor, DepartmentId department, string? note, DateTimeOffset now)
    {
        DomainException.ThrowIf(!actor.IsAdministrator && !actor.IsDepartmentHead, DomainErrors.Forbidden);
        DomainException.ThrowIf(!IsOpen, DomainErrors.RecommendationClosed);
        DomainException.ThrowIf(DepartmentId == department, DomainErrors.RecommendationAlreadyAssigned);
        _assignments.Add(new Assignment(department, actor.Id, now, Shared.Text.Optional(note, 1000, DomainErrors.RecommendationNoteLength)));
        DepartmentId = department;
        Status = RecommendationStatus.Assigned;
        Raise(new RecommendationAssigned(Id, department, SubmittedBy));
    }

    /// <summary>
    /// The written decision, by an official of the assigned department. A reasoning is always required (and
    /// for a rejection, it is what the law asks for); a forwarded item names the competent body.
    /// </summary>
    /// <summary>The written decision; its outcome is always chosen, never assumed.</summary>
    public void Decide(Actor official, DecisionOutcome? chosenOutcome, string? reasoning, string? forwardedTo, DateOnly today, DateTimeOffset now)
    {
        DomainException.ThrowIf(Status != RecommendationStatus.Assigned, DomainErrors.RecommendationNotAssigned);
        DomainException.ThrowIf(!official.IsOfficialOf(DepartmentId!.Value), DomainErrors.RecommendationOtherDepartment);
        var outcome = chosenOutcome ?? throw new DomainException(DomainErrors.RecommendationOutcomeRequired);
        var text = Shared.Text.Required(reasoning, ReasoningMin, ReasoningMax, DomainErrors.RecommendationReasoningRequired);
        var body = outcome == DecisionOutcome.Forwarded ? Shared.Text.Required(forwardedTo, 3, 300, DomainErrors.RecommendationForwardedToRequired) : null;
        Decision = new Decision(outcome, text, body, official.Id, DepartmentId.Value, now, today);
        Status = outcome is DecisionOutcome.Accepted or DecisionOutcome.PartlyAccepted ? RecommendationStatus.Implementing : RecommendationStatus.Decided;
        Raise(new RecommendationDecided(Id, SubmittedBy, outcome));
    }

    /// <summary>The one extension the law allows, by the superior body (a department head or an administrator).</summary>
    public void ExtendDeadline(Actor actor, DateOnly newDueDate, string? reason, int maxTotalMonths, DateTimeOffset now)
    {
        DomainException.ThrowIf(!actor.IsAdministrator && !(actor.IsDepartmentHead && DepartmentId is { } d && actor.IsOfficialOf(d)), DomainErrors.Forbidden);
        DomainException.ThrowIf(!IsOpen, DomainErrors.RecommendationClosed);
        Deadline = Deadline!.Extend(newDueDate, reason, maxTotalMonths, now);
        OverdueSince = null;
        Raise(new RecommendationDeadlineExtended(Id, SubmittedBy, newDueDate));
    }

    /// <summary>The platform delivered the decision to the submitter (or an official recorded another channel).</summary>
    public void RecordCommunication(DateTimeOffset when, string? note)
    {
        DomainException.ThrowIf(Decision is null, DomainErrors.RecommendationNotDecided);
        if (CommunicatedAt is null)
        {
            CommunicatedAt = when;
            CommunicationNote = Shared.Text.Optional(note, 500, DomainErrors.RecommendationNoteLength);
        }
    }

    public void MarkOverdue(DateTimeOffset now) => OverdueSince ??= now;

    public void ReportProgress(Actor official, int percent)
    {
        EnsureImplementer(official);
        DomainException.ThrowIf(percent is < 0 or > 100, DomainErrors.RecommendationProgressRange);
        ProgressPercent = percent;
        Raise(new RecommendationProgressed(Id));
    }

    public void CompleteImplementation(Actor official, DateTimeOffset now)
    {
        EnsureImplementer(official);
        ProgressPercent = 100;
        ImplementedAt = now;
        Status = RecommendationStatus.Implemented;
        Raise(new RecommendationImplemented(Id, SubmittedBy));
    }

    public void EnsureImplementer(Actor official)
    {
        DomainException.ThrowIf(Status != RecommendationStatus.Implementing, DomainErrors.RecommendationNotImplementing);
        DomainException.ThrowIf(!official.IsOfficialOf(Decision!.Department) && !official.IsAdministrator, DomainErrors.RecommendationOtherDepartment);
    }

    public DeadlineState? DeadlineState => Deadline is null || Number is null
        ? null
        : new DeadlineState(Deadline.DueDate, Decision is not null, Decision?.DecisionDate, CommunicatedAt is not null);

    UserId IModeratable.AuthorId => SubmittedBy;

    string IModeratable.ModeratedText => $"{Title}\n{Text}";

    public void Hide(DateTimeOffset now)
    {
        HiddenAt = now;
        Raise(new RecommendationModerated(Id));
    }

    public void Restore()
    {
        HiddenAt = null;
        Raise(new RecommendationModerated(Id));
    }

    public void Redact(string? fragment)
    {
        var redacted = Redaction.Apply(fragment, Title, Text);
        (Title, Text) = (redacted[0], redacted[1]);
        Raise(new RecommendationModerated(Id));
    }
}
