using Dialogues.Domain.Moderation;
using Dialogues.Domain.Participants;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;

namespace Dialogues.Domain.DialogueSpaces;

public enum DialoguePhase
{
    /// <summary>Not yet published (or awaiting approval): only its authors and staff see it.</summary>
    Draft,

    /// <summary>Published, opening for discussion at its start date.</summary>
    Upcoming,
    Discussion,
    Voting,
    Closed,
}

public enum DialogueApproval
{
    Approved,
    PendingApproval,
    Rejected,
}

/// <summary>How participants express preferences between scenarios; one method per dialogue.</summary>
public enum ScenarioVotingMethod
{
    SingleChoice,
    Approval,
    Score,
}

/// <summary>What a staff member or a proposing organisation fills in to create or edit a dialogue.</summary>
public sealed record DialogueDraft(
    string? Title,
    string? Summary,
    string? Body,
    PolicyAreaId PolicyAreaId,
    SettlementId? SettlementId,
    DateTimeOffset DiscussionStartsAt,
    DateTimeOffset? VotingStartsAt,
    DateTimeOffset ClosesAt,
    ScenarioVotingMethod VotingMethod,
    IReadOnlyList<string> VideoUrls);

/// <summary>
/// A consultation space on one public project or policy. Its phase follows from its schedule and the
/// clock the caller passes: draft until published and started, then discussion, optionally voting, then closed.
/// </summary>
public sealed class Dialogue : AggregateRoot, IModeratable, IDiscussion
{
    public const int TitleMin = 5, TitleMax = 200;
    public const int SummaryMin = 10, SummaryMax = 600;
    public const int BodyMax = 20_000;
    public const int OutcomeMin = 10, OutcomeMax = 10_000;
    public const int MaxVideos = 5;
    public const int MaxDocuments = 10;

    private readonly List<VideoLink> _videos = [];
    private readonly List<AttachmentId> _documents = [];

    private Dialogue() => (Title, Summary, Body) = ("", "", "");

    public DialogueId Id { get; private set; }

    public string Title { get; private set; }

    /// <summary>The title in lower case, for case-insensitive search in any script (SQLite folds only ASCII).</summary>
    public string SearchTitle { get; private set; } = "";

    public string Summary { get; private set; }

    /// <summary>Markdown; rendered through the sanitizer, never as raw HTML.</summary>
    public string Body { get; private set; }

    public PolicyAreaId PolicyAreaId { get; private set; }

    public SettlementId? SettlementId { get; private set; }

    public AttachmentId? CoverImageId { get; private set; }

    public IReadOnlyList<VideoLink> Videos => _videos;

    public IReadOnlyList<AttachmentId> Documents => _documents;

    public UserId CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DialogueApproval Approval { get; private set; }

    public string? RejectionReason { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public DateTimeOffset DiscussionStartsAt { get; private set; }

    /// <summary>Null when the dialogue has no voting phase.</summary>
    public DateTimeOffset? VotingStartsAt { get; private set; }

    public DateTimeOffset ClosesAt { get; private set; }

    /// <summary>Set when staff closed the dialogue before its scheduled end.</summary>
    public DateTimeOffset? ClosedEarlyAt { get; private set; }

    public string? Outcome { get; private set; }

    public ScenarioVotingMethod VotingMethod { get; private set; }

    /// <summary>Edits so far; an editor saves on top of the count it opened, so a colleague's newer edit is never undone.</summary>
    public int EditCount { get; private set; }

    /// <summary>Staff create approved dialogues; anyone else proposes one that a moderator approves.</summary>
    public static Dialogue Create(Actor author, DialogueDraft draft, DateTimeOffset now)
    {
        var dialogue = new Dialogue
        {
            Id = DialogueId.New(),
            CreatedBy = author.Id,
            CreatedAt = now,
            Approval = author.IsStaff ? DialogueApproval.Approved : DialogueApproval.PendingApproval,
        };
        dialogue.Apply(draft, now);
        dialogue.Raise(new DialogueCreated(dialogue.Id, author.Id, dialogue.Approval));
        return dialogue;
    }

    public void Edit(Actor editor, DialogueDraft draft, int editedCount, DateTimeOffset now)
    {
        DomainException.ThrowIf(!CanEdit(editor), DomainErrors.Forbidden);
        DomainException.ThrowIf(PhaseAt(now) == DialoguePhase.Closed, DomainErrors.DialogueNotEditable);
        DomainException.ThrowIf(editedCount != EditCount, DomainErrors.DialogueEditedMeanwhile);
        Apply(draft, now);
        EditCount++;
    }

    public bool CanEdit(Actor? actor) =>
        actor is not null && (actor.IsStaff || (actor.Id == CreatedBy && Approval == DialogueApproval.PendingApproval));

    public void SetCoverImage(AttachmentId? image) => CoverImageId = image;

    public void AttachDocument(AttachmentId document)
    {
        DomainException.ThrowIf(_documents.Count >= MaxDocuments, DomainErrors.DialogueTooManyDocuments, MaxDocuments);
        _documents.Add(document);
    }

    public void RemoveDocument(AttachmentId document) => _documents.Remove(document);

    public void Approve(Actor moderator)
    {
        DomainException.ThrowIf(!moderator.IsModerator, DomainErrors.Forbidden);
        DomainException.ThrowIf(Approval != DialogueApproval.PendingApproval, DomainErrors.DialogueNotPendingApproval);
        Approval = DialogueApproval.Approved;
        RejectionReason = null;
        Raise(new DialogueReviewed(Id, CreatedBy, Approved: true));
    }

    public void Reject(Actor moderator, string? reason)
    {
        DomainException.ThrowIf(!moderator.IsModerator, DomainErrors.Forbidden);
        DomainException.ThrowIf(Approval != DialogueApproval.PendingApproval, DomainErrors.DialogueNotPendingApproval);
        RejectionReason = Text.Required(reason, 5, 2000, DomainErrors.DialogueReasonRequired);
        Approval = DialogueApproval.Rejected;
        Raise(new DialogueReviewed(Id, CreatedBy, Approved: false));
    }

    /// <summary>Makes the dialogue public; it opens for discussion at its scheduled start.</summary>
    public void Publish(Actor staff, DateTimeOffset now)
    {
        DomainException.ThrowIf(!staff.IsStaff, DomainErrors.Forbidden);
        DomainException.ThrowIf(Approval != DialogueApproval.Approved, DomainErrors.DialogueNotApproved);
        DomainException.ThrowIf(PublishedAt is not null, DomainErrors.DialogueAlreadyPublished);
        DomainException.ThrowIf(ClosesAt <= now, DomainErrors.DialogueClosesInPast);
        PublishedAt = now;
        Raise(new DialoguePublished(Id, PolicyAreaId, SettlementId));
    }

    /// <summary>Ends the dialogue now (or records the outcome of one that has ended) with the outcome text.</summary>
    public void Close(Actor staff, string? outcome, DateTimeOffset now)
    {
        DomainException.ThrowIf(!staff.IsStaff, DomainErrors.Forbidden);
        DomainException.ThrowIf(PublishedAt is null, DomainErrors.DialogueNotApproved);
        DomainException.ThrowIf(Outcome is not null, DomainErrors.DialogueAlreadyClosed);
        Outcome = Text.Required(outcome, OutcomeMin, OutcomeMax, DomainErrors.DialogueOutcomeRequired);
        if (now < ClosesAt)
        {
            ClosedEarlyAt = now;
        }
        Raise(new DialogueClosed(Id));
    }

    public DateTimeOffset? HiddenAt { get; private set; }

    UserId IModeratable.AuthorId => CreatedBy;

    public bool IsPublic => Approval == DialogueApproval.Approved && PublishedAt is not null && HiddenAt is null;

    string IModeratable.ModeratedText => $"{Title}\n{Summary}\n{Body}";

    public void Hide(DateTimeOffset now)
    {
        HiddenAt = now;
        Raise(new DialogueModerated(Id));
    }

    public void Restore()
    {
        HiddenAt = null;
        Raise(new DialogueModerated(Id));
    }

    public void Redact(string? fragment)
    {
        var redacted = Redaction.Apply(fragment, Title, Summary, Body);
        (Title, Summary, Body) = (redacted[0], redacted[1], redacted[2]);
        SearchTitle = Title.ToLowerInvariant();
        Raise(new DialogueModerated(Id));
    }

    public DateTimeOffset EffectiveClosesAt => ClosedEarlyAt ?? ClosesAt;

    public DialoguePhase PhaseAt(DateTimeOffset now) => PhaseOf(IsPublic, DiscussionStartsAt, VotingStartsAt, EffectiveClosesAt, now);

    /// <summary>The phase rule on its own, for listings that read only the schedule columns.</summary>
    public static DialoguePhase PhaseOf(bool isPublic, DateTimeOffset discussionStartsAt, DateTimeOffset? votingStartsAt, DateTimeOffset closesAt, DateTimeOffset now) => now switch
    {
        _ when !isPublic => DialoguePhase.Draft,
        _ when now < discussionStartsAt => DialoguePhase.Upcoming,
        _ when now >= closesAt => DialoguePhase.Closed,
        _ when votingStartsAt is { } voting && now >= voting => DialoguePhase.Voting,
        _ => DialoguePhase.Discussion,
    };

    /// <summary>People may comment while the dialogue is open, in discussion and during voting.</summary>
    public bool CommentsOpenAt(DateTimeOffset now) => PhaseAt(now) is DialoguePhase.Discussion or DialoguePhase.Voting;

    public bool ProposalsOpenAt(DateTimeOffset now) => PhaseAt(now) == DialoguePhase.Discussion;

    public bool VotingOpenAt(DateTimeOffset now) => PhaseAt(now) == DialoguePhase.Voting;

    /// <summary>Scenarios can be added until voting starts, so nobody votes on a moving ballot.</summary>
    public bool ScenariosEditableAt(DateTimeOffset now) => PhaseAt(now) is DialoguePhase.Draft or DialoguePhase.Upcoming or DialoguePhase.Discussion;

    public void EnsureCommentsOpen(DateTimeOffset now) => DomainException.ThrowIf(!CommentsOpenAt(now), DomainErrors.CommentsClosed);

    DiscussionPlace IDiscussion.Place => DiscussionPlace.Of(Id);

    /// <summary>A dialogue's comments say where they stand: the stance bar sums them up.</summary>
    bool IDiscussion.StanceRequired => true;

    public void EnsureProposalsOpen(DateTimeOffset now) => DomainException.ThrowIf(!ProposalsOpenAt(now), DomainErrors.ProposalsClosed);

    public void EnsureVotingOpen(DateTimeOffset now) => DomainException.ThrowIf(!VotingOpenAt(now), DomainErrors.VotingClosed);

    private void Apply(DialogueDraft draft, DateTimeOffset now)
    {
        Title = Text.Required(draft.Title, TitleMin, TitleMax, DomainErrors.DialogueTitleLength);
        SearchTitle = Title.ToLowerInvariant();
        Summary = Text.Required(draft.Summary, SummaryMin, SummaryMax, DomainErrors.DialogueSummaryLength);
        Body = Text.Optional(draft.Body, BodyMax, DomainErrors.DialogueBodyLength) ?? "";
        DomainException.ThrowIf(
            draft.DiscussionStartsAt >= draft.ClosesAt
            || (draft.VotingStartsAt is { } voting && (voting <= draft.DiscussionStartsAt || voting >= draft.ClosesAt)),
            DomainErrors.DialogueScheduleOrder);
        DomainException.ThrowIf(PublishedAt is not null && draft.ClosesAt <= now, DomainErrors.DialogueClosesInPast);
        var videos = draft.VideoUrls.Where(u => !string.IsNullOrWhiteSpace(u)).Select(VideoLink.Parse).ToList();
        DomainException.ThrowIf(videos.Count > MaxVideos, DomainErrors.DialogueTooManyVideos, MaxVideos);

        PolicyAreaId = draft.PolicyAreaId;
        SettlementId = draft.SettlementId;
        DiscussionStartsAt = draft.DiscussionStartsAt;
        VotingStartsAt = draft.VotingStartsAt;
        ClosesAt = draft.ClosesAt;
        VotingMethod = draft.VotingMethod;
        _videos.Clear();
        _videos.AddRange(videos);
    }
}
