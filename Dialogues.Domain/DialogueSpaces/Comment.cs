using Dialogues.Domain.Community;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.News;
using Dialogues.Domain.Participants;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;

namespace Dialogues.Domain.DialogueSpaces;

public enum Stance
{
    For,
    Against,
    Neutral,
}

/// <summary>
/// A contribution to a discussion (a dialogue's or an article's): a top-level comment, with a stance where the
/// discussion asks for one, or a reply. Replies nest to <see cref="MaxDepth"/>; a reply to a comment that deep joins
/// that comment's level.
/// </summary>
public sealed class Comment : AggregateRoot, IModeratable
{
    public const int MinLength = 2, MaxLength = 5_000;
    public const int MaxDepth = 3;
    public static readonly TimeSpan EditWindow = TimeSpan.FromMinutes(15);

    private Comment() => Body = "";

    public CommentId Id { get; private set; }

    /// <summary>The dialogue it was written in; null under an article. Exactly one of the places is set.</summary>
    public DialogueId? DialogueId { get; private set; }

    /// <summary>The article it was written under; null in a dialogue.</summary>
    public ArticleId? ArticleId { get; private set; }

    public DiscussionPlace Place => DialogueId is { } dialogue ? DiscussionPlace.Of(dialogue) : DiscussionPlace.Of(ArticleId!.Value);

    /// <summary>The top-level comment of the thread (itself for a top-level comment), so a thread loads in one query.</summary>
    public CommentId ThreadId { get; private set; }

    public CommentId? ParentId { get; private set; }

    public int Depth { get; private set; }

    public UserId AuthorId { get; private set; }

    /// <summary>Required on top-level comments where the discussion asks for it; a reply may take a side or not.</summary>
    public Stance? Stance { get; private set; }

    /// <summary>Markdown subset; empty once deleted.</summary>
    public string Body { get; private set; }

    /// <summary>The author's department when an official wrote it: the badge shows who spoke for the municipality.</summary>
    public DepartmentId? OfficialDepartmentId { get; private set; }

    /// <summary>The organisation the author wrote for, if any; the comment shows it beside the author's name.</summary>
    public OrganisationId? OrganisationId { get; private set; }

    /// <summary>That organisation's name when the comment was written.</summary>
    public string? OrganisationName { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? EditedAt { get; private set; }

    public DateTimeOffset? DeletedAt { get; private set; }

    public DateTimeOffset? HiddenAt { get; private set; }

    public bool IsVisible => DeletedAt is null && HiddenAt is null;

    public static Comment Post(IDiscussion discussion, Actor author, Stance? stance, string? body, DateTimeOffset now, SpeakingFor? organisation = null)
    {
        discussion.EnsureCommentsOpen(now);
        DomainException.ThrowIf(stance is null && discussion.StanceRequired, DomainErrors.CommentStanceRequired);
        var id = new CommentId(Guid.NewGuid());
        var comment = New(id, discussion.Place, id, null, 0, author, stance, body, now, organisation);
        comment.Raise(new CommentPosted(discussion.Place, id, null, id, author.Id));
        return comment;
    }

    public static Comment Reply(IDiscussion discussion, Comment parent, Actor author, Stance? stance, string? body, DateTimeOffset now, SpeakingFor? organisation = null)
    {
        discussion.EnsureCommentsOpen(now);
        DomainException.ThrowIf(parent.Place != discussion.Place || !parent.IsVisible, DomainErrors.CommentReplyTargetGone);
        var (parentId, depth) = parent.Depth < MaxDepth ? (parent.Id, parent.Depth + 1) : (parent.ParentId!.Value, parent.Depth);
        var comment = New(new CommentId(Guid.NewGuid()), discussion.Place, parent.ThreadId, parentId, depth, author, stance, body, now, organisation);
        comment.Raise(new CommentPosted(discussion.Place, comment.Id, parent.Id, parent.ThreadId, author.Id) { RepliedToAuthorId = parent.AuthorId });
        return comment;
    }

    /// <summary>Authors may correct a comment within <see cref="EditWindow"/> of posting it; the comment shows it was edited.</summary>
    public void Edit(IDiscussion discussion, Actor editor, string? body, DateTimeOffset now)
    {
        DomainException.ThrowIf(editor.Id != AuthorId, DomainErrors.CommentNotAuthor);
        DomainException.ThrowIf(!IsVisible, DomainErrors.CommentDeleted);
        DomainException.ThrowIf(now - CreatedAt > EditWindow, DomainErrors.CommentEditWindowPassed, (int)EditWindow.TotalMinutes);
        discussion.EnsureCommentsOpen(now);
        Body = Text.Required(body, MinLength, MaxLength, DomainErrors.CommentLength);
        EditedAt = now;
        Raise(new CommentChanged(Place, Id, ThreadId));
    }

    /// <summary>Leaves a tombstone so replies keep their place; the text itself is gone.</summary>
    public void Delete(Actor actor, DateTimeOffset now)
    {
        DomainException.ThrowIf(actor.Id != AuthorId, DomainErrors.CommentNotAuthor);
        DomainException.ThrowIf(DeletedAt is not null, DomainErrors.CommentDeleted);
        DeletedAt = now;
        Body = "";
        Raise(new CommentChanged(Place, Id, ThreadId));
    }

    string IModeratable.ModeratedText => Body;

    public void Hide(DateTimeOffset now)
    {
        HiddenAt = now;
        Raise(new CommentChanged(Place, Id, ThreadId));
    }

    public void Restore()
    {
        HiddenAt = null;
        Raise(new CommentChanged(Place, Id, ThreadId));
    }

    public void Redact(string? fragment)
    {
        DomainException.ThrowIf(DeletedAt is not null, DomainErrors.CommentDeleted);
        Body = Redaction.Apply(fragment, Body)[0];
        Raise(new CommentChanged(Place, Id, ThreadId));
    }

    public bool CanEdit(UserId? user, DateTimeOffset now) => user == AuthorId && IsVisible && now - CreatedAt <= EditWindow;

    private static Comment New(CommentId id, DiscussionPlace place, CommentId thread, CommentId? parent, int depth, Actor author, Stance? stance, string? body, DateTimeOffset now,
        SpeakingFor? organisation) =>
        new()
        {
            Id = id,
            DialogueId = place.Kind == DiscussionKind.Dialogue ? new DialogueId(place.Id) : null,
            ArticleId = place.Kind == DiscussionKind.Article ? new ArticleId(place.Id) : null,
            ThreadId = thread,
            ParentId = parent,
            Depth = depth,
            AuthorId = author.Id,
            Stance = stance,
            Body = Text.Required(body, MinLength, MaxLength, DomainErrors.CommentLength),
            OfficialDepartmentId = author.IsOfficial ? author.DepartmentId : null,
            OrganisationId = organisation?.Id,
            OrganisationName = organisation?.Name,
            CreatedAt = now,
        };
}

/// <summary>One person's up (+1) or down (-1) vote on a comment; changing it replaces the value.</summary>
public sealed class CommentVote : AggregateRoot
{
    private CommentVote() { }

    public CommentId CommentId { get; private set; }

    public UserId UserId { get; private set; }

    public int Value { get; private set; }

    public DateTimeOffset VotedAt { get; private set; }

    public static CommentVote Cast(IDiscussion discussion, Comment comment, Actor voter, int value, DateTimeOffset now)
    {
        Validate(discussion, comment, voter, value, now);
        var vote = new CommentVote { CommentId = comment.Id, UserId = voter.Id, Value = value, VotedAt = now };
        vote.Raise(new CommentVoteChanged(discussion.Place, comment.Id, comment.ThreadId));
        return vote;
    }

    public void Change(IDiscussion discussion, Comment comment, Actor voter, int value, DateTimeOffset now)
    {
        Validate(discussion, comment, voter, value, now);
        Value = value;
        VotedAt = now;
        Raise(new CommentVoteChanged(discussion.Place, comment.Id, comment.ThreadId));
    }

    /// <summary>Takes the vote back (clicking the same arrow again); the caller removes the row.</summary>
    public void Withdraw(IDiscussion discussion, Comment comment, DateTimeOffset now)
    {
        discussion.EnsureCommentsOpen(now);
        Raise(new CommentVoteChanged(discussion.Place, comment.Id, comment.ThreadId));
    }

    private static void Validate(IDiscussion discussion, Comment comment, Actor voter, int value, DateTimeOffset now)
    {
        DomainException.ThrowIf(value is not (1 or -1), DomainErrors.CommentVoteValue);
        DomainException.ThrowIf(!comment.IsVisible, DomainErrors.CommentDeleted);
        DomainException.ThrowIf(comment.AuthorId == voter.Id, DomainErrors.CommentOwnVote);
        discussion.EnsureCommentsOpen(now);
    }
}
