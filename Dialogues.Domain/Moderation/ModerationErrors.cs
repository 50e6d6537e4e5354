namespace Dialogues.Domain.Shared;

public static partial class DomainErrors
{
    public const string FlagTextRequired = "Moderation.FlagTextRequired";
    public const string FlagReasonRequired = "Moderation.FlagReasonRequired";
    public const string FlagTextLength = "Moderation.FlagTextLength";
    public const string AlreadyFlagged = "Moderation.AlreadyFlagged";
    public const string FlagOwnContent = "Moderation.FlagOwnContent";
    public const string ModerationUnknownTemplate = "Moderation.UnknownTemplate";
    public const string ModerationCaseResolved = "Moderation.CaseResolved";
    public const string ModerationClaimedByOther = "Moderation.ClaimedByOther";
    public const string ModerationClaimRequired = "Moderation.ClaimRequired";
    public const string ModerationReasonRequired = "Moderation.ReasonRequired";
    public const string ModerationSuspensionLength = "Moderation.SuspensionLength";
    public const string ModerationNotAppealable = "Moderation.NotAppealable";
    public const string ModerationAlreadyAppealed = "Moderation.AlreadyAppealed";
    public const string ModerationNoAppeal = "Moderation.NoAppeal";
    public const string ModerationAppealDecided = "Moderation.AppealDecided";
    public const string ModerationAppealSameModerator = "Moderation.AppealSameModerator";
    public const string ModerationAppealText = "Moderation.AppealText";
    public const string ModerationRedactionInvalid = "Moderation.RedactionInvalid";
    public const string AccountSuspended = "Access.AccountSuspended";
    public const string AccountBanned = "Access.AccountBanned";
    public const string RateLimited = "Access.RateLimited";
}
