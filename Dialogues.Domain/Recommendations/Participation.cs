using Dialogues.Domain.Moderation;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;

namespace Dialogues.Domain.Recommendations;

/// <summary>Another person's signature under a registered recommendation; one per person.</summary>
public sealed class CoSignature : AggregateRoot
{
    private CoSignature() { }

    public RecommendationId RecommendationId { get; private set; }

    public UserId UserId { get; private set; }

    public DateTimeOffset SignedAt { get; private set; }

    public static CoSignature Sign(Recommendation recommendation, Actor signer, DateTimeOffset now)
    {
        DomainException.ThrowIf(!recommendation.IsPublic || !recommendation.IsOpen, DomainErrors.RecommendationNotOpenForSignatures);
        DomainException.ThrowIf(recommendation.SubmittedBy == signer.Id, DomainErrors.RecommendationOwnSignature);
        var signature = new CoSignature { RecommendationId = recommendation.Id, UserId = signer.Id, SignedAt = now };
        signature.Raise(new RecommendationCoSigned(recommendation.Id, signer.Id));
        return signature;
    }
}

public readonly record struct MilestoneId(Guid Value) : IEntityId<MilestoneId>
{
    public static MilestoneId From(Guid value) => new(value);
}

/// <summary>A step of an accepted recommendation's implementation plan.</summary>
public sealed class Milestone : AggregateRoot
{
    public const int TitleMax = 300;

    private Milestone() => Title = "";

    public MilestoneId Id { get; private set; }

    public RecommendationId RecommendationId { get; private set; }

    public string Title { get; private set; }

    public DateOnly DueDate { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public static Milestone Plan(Recommendation recommendation, Actor official, string? title, DateOnly dueDate)
    {
        recommendation.EnsureImplementer(official);
        var milestone = new Milestone
        {
            Id = new MilestoneId(Guid.NewGuid()),
            RecommendationId = recommendation.Id,
            Title = Text.Required(title, 3, TitleMax, DomainErrors.RecommendationMilestoneTitle),
            DueDate = dueDate,
        };
        milestone.Raise(new RecommendationProgressed(recommendation.Id));
        return milestone;
    }

    public void Complete(Recommendation recommendation, Actor official, DateTimeOffset now)
    {
        recommendation.EnsureImplementer(official);
        CompletedAt ??= now;
        Raise(new RecommendationProgressed(recommendation.Id));
    }
}

/// <summary>Proof of implementation: a note, with documents or photos.</summary>
public sealed class Evidence : AggregateRoot
{
    public const int TextMax = 5_000;

    private readonly List<AttachmentId> _attachments = [];

    private Evidence() => Text = "";

    public Guid Id { get; private set; }

    public RecommendationId RecommendationId { get; private set; }

    public string Text { get; private set; }

    public IReadOnlyList<AttachmentId> Attachments => _attachments;

    public UserId AddedBy { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    public void Attach(AttachmentId attachment) => _attachments.Add(attachment);

    public static Evidence Add(Recommendation recommendation, Actor official, string? text, DateTimeOffset now)
    {
        recommendation.EnsureImplementer(official);
        var evidence = new Evidence
        {
            Id = Guid.NewGuid(),
            RecommendationId = recommendation.Id,
            Text = Shared.Text.Required(text, 5, TextMax, DomainErrors.RecommendationEvidenceText),
            AddedBy = official.Id,
            AddedAt = now,
        };
        evidence.Raise(new RecommendationProgressed(recommendation.Id));
        return evidence;
    }
}

/// <summary>A citizen's remark on how the implementation goes.</summary>
public sealed class ProgressComment : AggregateRoot, IModeratable
{
    public const int MinLength = 2, MaxLength = 2_000;

    private ProgressComment() => Text = "";

    public Guid Id { get; private set; }

    public RecommendationId RecommendationId { get; private set; }

    public UserId AuthorId { get; private set; }

    public string Text { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? HiddenAt { get; private set; }

    public static ProgressComment Write(Recommendation recommendation, Actor author, string? text, DateTimeOffset now)
    {
        DomainException.ThrowIf(recommendation.Status is not (RecommendationStatus.Implementing or RecommendationStatus.Implemented), DomainErrors.RecommendationNotImplementing);
        var comment = new ProgressComment
        {
            Id = Guid.NewGuid(),
            RecommendationId = recommendation.Id,
            AuthorId = author.Id,
            Text = Shared.Text.Required(text, MinLength, MaxLength, DomainErrors.CommentLength),
            CreatedAt = now,
        };
        comment.Raise(new RecommendationProgressed(recommendation.Id));
        comment.Raise(new ProgressCommentWritten(recommendation.Id, comment.Id, author.Id));
        return comment;
    }

    string IModeratable.ModeratedText => Text;

    public void Hide(DateTimeOffset now)
    {
        HiddenAt = now;
        Raise(new RecommendationModerated(RecommendationId));
    }

    public void Restore()
    {
        HiddenAt = null;
        Raise(new RecommendationModerated(RecommendationId));
    }

    public void Redact(string? fragment)
    {
        Text = Redaction.Apply(fragment, Text)[0];
        Raise(new RecommendationModerated(RecommendationId));
    }
}

/// <summary>A citizen's 1–5 rating of an implemented recommendation's outcome; one per person, changeable.</summary>
public sealed class OutcomeRating
{
    public const int Min = 1, Max = 5;

    private OutcomeRating() { }

    public RecommendationId RecommendationId { get; private set; }

    public UserId UserId { get; private set; }

    public int Score { get; private set; }

    public DateTimeOffset RatedAt { get; private set; }

    public static OutcomeRating Rate(Recommendation recommendation, Actor rater, int score, DateTimeOffset now)
    {
        Validate(recommendation, score);
        return new OutcomeRating { RecommendationId = recommendation.Id, UserId = rater.Id, Score = score, RatedAt = now };
    }

    public void Change(Recommendation recommendation, int score, DateTimeOffset now)
    {
        Validate(recommendation, score);
        (Score, RatedAt) = (score, now);
    }

    private static void Validate(Recommendation recommendation, int score)
    {
        DomainException.ThrowIf(recommendation.Status != RecommendationStatus.Implemented, DomainErrors.RecommendationNotImplemented);
        DomainException.ThrowIf(score is < Min or > Max, DomainErrors.RecommendationRatingRange, Min, Max);
    }
}

/// <summary>A department's reusable answer text; officials of that department keep them.</summary>
public sealed class AnswerTemplate
{
    public const int TitleMax = 150;

    private AnswerTemplate() => (Title, Text) = ("", "");

    public Guid Id { get; private set; }

    public ReferenceData.DepartmentId DepartmentId { get; private set; }

    public string Title { get; private set; }

    public string Text { get; private set; }

    /// <summary>
    /// The outcome the text argues for, chosen with it when the template is used, so a reasoning never contradicts its
    /// outcome. Null only for templates written before templates carried one: using them leaves the outcome to choose.
    /// </summary>
    public DecisionOutcome? Outcome { get; private set; }

    public UserId UpdatedBy { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static AnswerTemplate Create(Actor official, string? title, DecisionOutcome? outcome, string? text, DateTimeOffset now)
    {
        DomainException.ThrowIf(!official.IsOfficial, DomainErrors.Forbidden);
        var template = new AnswerTemplate { Id = Guid.NewGuid(), DepartmentId = official.DepartmentId!.Value };
        template.Change(official, title, outcome, text, now);
        return template;
    }

    public void Change(Actor official, string? title, DecisionOutcome? outcome, string? text, DateTimeOffset now)
    {
        DomainException.ThrowIf(!official.IsOfficialOf(DepartmentId), DomainErrors.RecommendationOtherDepartment);
        Title = Shared.Text.Required(title, 3, TitleMax, DomainErrors.RecommendationTemplateTitle);
        Outcome = outcome ?? throw new DomainException(DomainErrors.RecommendationOutcomeRequired);
        Text = Shared.Text.Required(text, Recommendation.ReasoningMin, Recommendation.ReasoningMax, DomainErrors.RecommendationReasoningRequired);
        (UpdatedBy, UpdatedAt) = (official.Id, now);
    }
}
