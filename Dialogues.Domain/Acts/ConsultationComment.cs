using Dialogues.Domain.Moderation;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;

namespace Dialogues.Domain.Acts;

/// <summary>A resident's comment in a public consultation: on the whole draft, or on one of its paragraphs.</summary>
public sealed class ConsultationComment : AggregateRoot, IModeratable
{
    public const int MinLength = 2, MaxLength = 5_000;

    private ConsultationComment() => Text = "";

    public Guid Id { get; private set; }

    public ActId ActId { get; private set; }

    /// <summary>The paragraph number (from 1) it is about; null for the whole draft.</summary>
    public int? Paragraph { get; private set; }

    public UserId AuthorId { get; private set; }

    public string Text { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? HiddenAt { get; private set; }

    string IModeratable.ModeratedText => Text;

    public static ConsultationComment Post(Act act, Actor author, int? paragraph, string? text, DateOnly today, DateTimeOffset now)
    {
        act.EnsureConsultationOpen(today);
        DomainException.ThrowIf(paragraph is { } p && (p < 1 || p > act.Paragraphs.Count), DomainErrors.ActParagraphNotFound, paragraph.GetValueOrDefault());
        var comment = new ConsultationComment
        {
            Id = Guid.NewGuid(),
            ActId = act.Id,
            Paragraph = paragraph,
            AuthorId = author.Id,
            Text = Shared.Text.Required(text, MinLength, MaxLength, DomainErrors.CommentLength),
            CreatedAt = now,
        };
        comment.Raise(new ConsultationCommentPosted(act.Id, comment.Id, paragraph, author.Id));
        return comment;
    }

    public void Hide(DateTimeOffset now)
    {
        HiddenAt = now;
        Raise(new ConsultationCommentChanged(ActId, Id));
    }

    public void Restore()
    {
        HiddenAt = null;
        Raise(new ConsultationCommentChanged(ActId, Id));
    }

    public void Redact(string? fragment)
    {
        Text = Redaction.Apply(fragment, Text)[0];
        Raise(new ConsultationCommentChanged(ActId, Id));
    }
}
