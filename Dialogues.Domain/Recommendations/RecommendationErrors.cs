namespace Dialogues.Domain.Shared;

public static partial class DomainErrors
{
    public const string RecommendationTitleLength = "Recommendation.TitleLength";
    public const string RecommendationTextLength = "Recommendation.TextLength";
    public const string RecommendationTooManyAttachments = "Recommendation.TooManyAttachments";
    public const string RecommendationNotAwaitingScreening = "Recommendation.NotAwaitingScreening";
    public const string RecommendationScreeningReason = "Recommendation.ScreeningReason";
    public const string RecommendationClosed = "Recommendation.Closed";
    public const string RecommendationAlreadyAssigned = "Recommendation.AlreadyAssigned";
    public const string RecommendationNoteLength = "Recommendation.NoteLength";
    public const string RecommendationNotAssigned = "Recommendation.NotAssigned";
    public const string RecommendationOtherDepartment = "Recommendation.OtherDepartment";
    public const string RecommendationReasoningRequired = "Recommendation.ReasoningRequired";
    public const string RecommendationOutcomeRequired = "Recommendation.OutcomeRequired";
    public const string RecommendationPolicyAreaRequired = "Recommendation.PolicyAreaRequired";
    public const string RecommendationForwardedToRequired = "Recommendation.ForwardedToRequired";
    public const string RecommendationNotDecided = "Recommendation.NotDecided";
    public const string RecommendationProgressRange = "Recommendation.ProgressRange";
    public const string RecommendationNotImplementing = "Recommendation.NotImplementing";
    public const string RecommendationNotImplemented = "Recommendation.NotImplemented";
    public const string RecommendationNotOpenForSignatures = "Recommendation.NotOpenForSignatures";
    public const string RecommendationOwnSignature = "Recommendation.OwnSignature";
    public const string RecommendationMilestoneTitle = "Recommendation.MilestoneTitle";
    public const string RecommendationEvidenceText = "Recommendation.EvidenceText";
    public const string RecommendationRatingRange = "Recommendation.RatingRange";
    public const string RecommendationTemplateTitle = "Recommendation.TemplateTitle";
}

public static partial class DomainErrors
{
    public const string RecommendationAlreadySigned = "Recommendation.AlreadySigned";
}
