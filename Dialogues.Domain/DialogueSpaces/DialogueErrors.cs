namespace Dialogues.Domain.Shared;

public static partial class DomainErrors
{
    public const string DialogueTitleLength = "Dialogue.TitleLength";
    public const string DialogueSummaryLength = "Dialogue.SummaryLength";
    public const string DialogueBodyLength = "Dialogue.BodyLength";
    public const string DialogueScheduleOrder = "Dialogue.ScheduleOrder";
    public const string DialogueClosesInPast = "Dialogue.ClosesInPast";
    public const string DialogueVideoLink = "Dialogue.VideoLink";
    public const string DialogueTooManyVideos = "Dialogue.TooManyVideos";
    public const string DialogueTooManyDocuments = "Dialogue.TooManyDocuments";
    public const string DialogueNotEditable = "Dialogue.NotEditable";
    public const string DialogueEditedMeanwhile = "Dialogue.EditedMeanwhile";
    public const string DialogueAlreadyPublished = "Dialogue.AlreadyPublished";
    public const string DialogueNotApproved = "Dialogue.NotApproved";
    public const string DialogueNotPendingApproval = "Dialogue.NotPendingApproval";
    public const string DialogueReasonRequired = "Dialogue.ReasonRequired";
    public const string DialogueOutcomeRequired = "Dialogue.OutcomeRequired";
    public const string DialogueAlreadyClosed = "Dialogue.AlreadyClosed";
    public const string DialogueNotClosed = "Dialogue.NotClosed";
    public const string CommentsClosed = "Dialogue.CommentsClosed";
    public const string ProposalsClosed = "Dialogue.ProposalsClosed";
    public const string VotingClosed = "Dialogue.VotingClosed";
    public const string ScenariosLocked = "Dialogue.ScenariosLocked";
    public const string CommentLength = "Comment.Length";
    public const string CommentStanceRequired = "Comment.StanceRequired";
    public const string CommentNotAuthor = "Comment.NotAuthor";
    public const string CommentEditWindowPassed = "Comment.EditWindowPassed";
    public const string CommentDeleted = "Comment.Deleted";
    public const string CommentReplyTargetGone = "Comment.ReplyTargetGone";
    public const string CommentOwnVote = "Comment.OwnVote";
    public const string CommentVoteValue = "Comment.VoteValue";
    public const string ProposalTitleLength = "Proposal.TitleLength";
    public const string ProposalBodyLength = "Proposal.BodyLength";
    public const string ProposalWithdrawn = "Proposal.Withdrawn";
    public const string ScenarioTitleLength = "Scenario.TitleLength";
    public const string ScenarioDescriptionLength = "Scenario.DescriptionLength";
    public const string ScenarioVoteMethod = "Scenario.VoteMethod";
    public const string ScenarioScoreRange = "Scenario.ScoreRange";
    public const string ScenarioNotInDialogue = "Scenario.NotInDialogue";
}
