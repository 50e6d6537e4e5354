using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;

namespace Dialogues.Domain.News;

/// <summary>
/// One reader's rating of an article, from 1 to 5 stars: how useful and clear they found it. Rating again changes it;
/// the writer does not rate their own. Ratings are taken while the article's discussion is open.
/// </summary>
public sealed class ArticleRating : AggregateRoot
{
    public const int MinStars = 1, MaxStars = 5;

    private ArticleRating() { }

    public ArticleId ArticleId { get; private set; }

    public UserId UserId { get; private set; }

    public int Stars { get; private set; }

    public DateTimeOffset RatedAt { get; private set; }

    public static ArticleRating Rate(Article article, Actor reader, int stars, DateTimeOffset now)
    {
        Validate(article, reader, stars);
        var rating = new ArticleRating { ArticleId = article.Id, UserId = reader.Id, Stars = stars, RatedAt = now };
        rating.Raise(new ArticleRated(article.Id));
        return rating;
    }

    public void Change(Article article, Actor reader, int stars, DateTimeOffset now)
    {
        Validate(article, reader, stars);
        Stars = stars;
        RatedAt = now;
        Raise(new ArticleRated(ArticleId));
    }

    /// <summary>Takes the rating back; the caller removes the row.</summary>
    public void Withdraw(Article article)
    {
        DomainException.ThrowIf(!article.CommentsOpen, DomainErrors.ArticleRatingClosed);
        Raise(new ArticleRated(ArticleId));
    }

    private static void Validate(Article article, Actor reader, int stars)
    {
        DomainException.ThrowIf(stars is < MinStars or > MaxStars, DomainErrors.ArticleRatingStars, MinStars, MaxStars);
        DomainException.ThrowIf(reader.Id == article.WrittenBy, DomainErrors.ArticleOwnRating);
        DomainException.ThrowIf(!article.CommentsOpen, DomainErrors.ArticleRatingClosed);
    }
}

/// <summary>A rating was given, changed or taken back: the article's average changed.</summary>
public sealed record ArticleRated(ArticleId ArticleId) : IArticleEvent;
