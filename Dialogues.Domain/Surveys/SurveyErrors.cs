namespace Dialogues.Domain.Shared;

public static partial class DomainErrors
{
    public const string SurveyTitleLength = "Surveys.TitleLength";
    public const string SurveyDescriptionLength = "Surveys.DescriptionLength";
    public const string SurveyDatesOrder = "Surveys.DatesOrder";
    public const string SurveyQuestionCount = "Surveys.QuestionCount";
    public const string SurveySectionTitle = "Surveys.SectionTitle";
    public const string SurveyQuestionInvalid = "Surveys.QuestionInvalid";
    public const string SurveyAlreadyPublished = "Surveys.AlreadyPublished";
    public const string SurveyClosesInPast = "Surveys.ClosesInPast";
    public const string SurveyNotOpen = "Surveys.NotOpen";
    public const string SurveyNotForYou = "Surveys.NotForYou";
    public const string SurveyAlreadyAnswered = "Surveys.AlreadyAnswered";
    public const string SurveyAnswerRequired = "Surveys.AnswerRequired";
    public const string SurveyAnswerInvalid = "Surveys.AnswerInvalid";
    public const string SurveyResultsNotYet = "Surveys.ResultsNotYet";
}
