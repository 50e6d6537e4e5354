using Dialogues.Domain.Participants;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;

namespace Dialogues.Domain.DialogueSpaces;

/// <summary>An event that belongs to one dialogue's live stream.</summary>
public interface IDialogueEvent : IDomainEvent
{
    DialogueId DialogueId { get; }
}

public sealed record DialogueCreated(DialogueId DialogueId, UserId CreatedBy, DialogueApproval Approval) : IDialogueEvent;

public sealed record DialogueReviewed(DialogueId DialogueId, UserId ProposedBy, bool Approved) : IDialogueEvent;

public sealed record DialoguePublished(DialogueId DialogueId, PolicyAreaId PolicyAreaId, SettlementId? SettlementId) : IDialogueEvent;

public sealed record DialogueClosed(DialogueId DialogueId) : IDialogueEvent;

public sealed record CommentPosted(DiscussionPlace Place, CommentId CommentId, CommentId? RepliedToId, CommentId ThreadId, UserId AuthorId) : IDiscussionEvent
{
    public UserId? RepliedToAuthorId { get; init; }

    public bool IsTopLevel => RepliedToId is null;
}

/// <summary>A comment's text or state changed: edited, deleted, hidden or restored.</summary>
public sealed record CommentChanged(DiscussionPlace Place, CommentId CommentId, CommentId ThreadId) : IDiscussionEvent;

public sealed record CommentVoteChanged(DiscussionPlace Place, CommentId CommentId, CommentId ThreadId) : IDiscussionEvent;

public sealed record ProposalSubmitted(DialogueId DialogueId, ProposalId ProposalId, UserId AuthorId) : IDialogueEvent;

/// <summary>A proposal was hidden, restored or redacted by a moderator.</summary>
public sealed record ProposalChanged(DialogueId DialogueId, ProposalId ProposalId) : IDialogueEvent;

/// <summary>A moderator hid, restored or redacted the dialogue itself.</summary>
public sealed record DialogueModerated(DialogueId DialogueId) : IDialogueEvent;

public sealed record ProposalSupportChanged(DialogueId DialogueId, ProposalId ProposalId, UserId SupporterId, bool Supported) : IDialogueEvent;

public sealed record ScenarioPublished(DialogueId DialogueId, ScenarioId ScenarioId) : IDialogueEvent;

public sealed record ScenarioVotesChanged(DialogueId DialogueId) : IDialogueEvent;
