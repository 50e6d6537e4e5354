using Dialogues.Domain.News;
using Dialogues.Domain.Shared;

namespace Dialogues.Domain.DialogueSpaces;

/// <summary>The kinds of things whose discussion is made of <see cref="Comment"/>s.</summary>
public enum DiscussionKind
{
    Dialogue,
    Article,
}

/// <summary>Where a comment was written: the dialogue or article whose discussion it belongs to.</summary>
public readonly record struct DiscussionPlace(DiscussionKind Kind, Guid Id)
{
    public static DiscussionPlace Of(DialogueId dialogue) => new(DiscussionKind.Dialogue, dialogue.Value);

    public static DiscussionPlace Of(ArticleId article) => new(DiscussionKind.Article, article.Value);

    public override string ToString() => $"{Kind}:{Id}";
}

/// <summary>Something people discuss with comments, replies and votes on them: a dialogue, an article.</summary>
public interface IDiscussion
{
    DiscussionPlace Place { get; }

    /// <summary>Whether a new comment must take a side: in a dialogue it must; under an article it may.</summary>
    bool StanceRequired { get; }

    /// <summary>Refuses with <see cref="DomainErrors.CommentsClosed"/> when no one may comment or vote on comments now.</summary>
    void EnsureCommentsOpen(DateTimeOffset now);
}

/// <summary>An event of one discussion's live stream, wherever the discussion is.</summary>
public interface IDiscussionEvent : IDomainEvent
{
    DiscussionPlace Place { get; }
}
