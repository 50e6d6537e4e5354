namespace Dialogues.Domain.Shared;

public static partial class DomainErrors
{
    public const string ArticleTitleLength = "News.TitleLength";
    public const string ArticleLeadLength = "News.LeadLength";
    public const string ArticleBodyLength = "News.BodyLength";
    public const string ArticleOrganisationLength = "News.OrganisationLength";
    public const string ArticleAreaRequired = "News.AreaRequired";
    public const string ArticleTooManyDocuments = "News.TooManyDocuments";
    public const string ArticleScheduleInPast = "News.ScheduleInPast";
    public const string ArticleAlreadyPublished = "News.AlreadyPublished";
    public const string ArticleNotPublished = "News.NotPublished";
    public const string ArticleArchived = "News.Archived";
    public const string ArticleRatingStars = "News.RatingStars";
    public const string ArticleOwnRating = "News.OwnRating";
    public const string ArticleRatingClosed = "News.RatingClosed";
}
