namespace Dialogues.Domain.Shared;

public static partial class DomainErrors
{
    public const string ActNumberLength = "Act.NumberLength";
    public const string ActTitleLength = "Act.TitleLength";
    public const string ActTextLength = "Act.TextLength";
    public const string ActNotesLength = "Act.NotesLength";
    public const string ActPolicyAreaRequired = "Act.PolicyAreaRequired";
    public const string ActConsultationDatesIncomplete = "Act.ConsultationDatesIncomplete";
    public const string ActConsultationEndBeforeStart = "Act.ConsultationEndBeforeStart";
    public const string ActInForceBeforeAdoption = "Act.InForceBeforeAdoption";
    public const string ActRepealedBeforeAdoption = "Act.RepealedBeforeAdoption";
    public const string ActLinkToItself = "Act.LinkToItself";
    public const string ActAlreadyPublished = "Act.AlreadyPublished";
    public const string ActRevisionNoteRequired = "Act.RevisionNoteRequired";
    public const string ActEditedMeanwhile = "Act.EditedMeanwhile";
    public const string ActTooManyDocuments = "Act.TooManyDocuments";
    public const string ActConsultationClosed = "Act.ConsultationClosed";
    public const string ActParagraphNotFound = "Act.ParagraphNotFound";
    public const string ActNoConsultation = "Act.NoConsultation";
    public const string ActPublishWouldBeFlagged = "Act.PublishWouldBeFlagged";
    public const string ActConsultationNotEnded = "Act.ConsultationNotEnded";
    public const string ActSummaryAlreadyPublished = "Act.SummaryAlreadyPublished";
    public const string ActSummaryIncomplete = "Act.SummaryIncomplete";
    public const string ActSummaryReasonRequired = "Act.SummaryReasonRequired";
    public const string ActExplanationLength = "Act.ExplanationLength";
    public const string ActNotPublished = "Act.NotPublished";
    public const string ActArticleLength = "Act.ArticleLength";
}
