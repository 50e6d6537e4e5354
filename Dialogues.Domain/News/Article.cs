using Dialogues.Domain.Community;
using Dialogues.Domain.DialogueSpaces;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.Participants;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;

namespace Dialogues.Domain.News;

public readonly record struct ArticleId(Guid Value) : IEntityId<ArticleId>
{
    public static ArticleId From(Guid value) => new(value);

    public static ArticleId New() => new(Guid.NewGuid());

    public override string ToString() => Value.ToString();
}

/// <summary>Whom an article speaks for. Staff write as an institution, never as themselves.</summary>
public enum ArticleVoice
{
    /// <summary>The municipality as a whole (Община Ботевград).</summary>
    Municipality,

    /// <summary>The department of the official who wrote it.</summary>
    Department,

    /// <summary>An organisation (an NGO, a community centre) whose member wrote it; moderated like other user content.</summary>
    Organisation,
}

public enum ArticleStatus
{
    Draft,
    Scheduled,
    Published,
    Archived,
}

/// <summary>What the author fills in when writing or editing an article.</summary>
public sealed record ArticleDraft(
    string? Title,
    string? Lead,
    string? Body,
    IReadOnlyCollection<PolicyAreaId> Areas,
    IReadOnlyCollection<SettlementId> Settlements,
    AttachmentId? Cover = null,
    IReadOnlyCollection<AttachmentId>? Documents = null);

/// <summary>
/// A news item or article (новина, статия). It is written as a draft, published at once or scheduled for a moment,
/// and archived when it is no longer current. It goes public only when <see cref="Release"/> finds it due, so a
/// scheduled article is announced to followers of its areas and settlements when it appears, not when it was written.
/// </summary>
public sealed class Article : AggregateRoot, IModeratable, IDiscussion
{
    public const int TitleMin = 5, TitleMax = 200, LeadMin = 20, LeadMax = 600, BodyMin = 50, BodyMax = 50_000;
    public const int OrganisationMax = 150, MaxDocuments = 20;

    private readonly List<PolicyAreaId> _areas = [];
    private readonly List<SettlementId> _settlements = [];
    private readonly List<AttachmentId> _documents = [];

    private Article() => (Title, Lead, Body) = ("", "", "");

    public ArticleId Id { get; private set; }

    public string Title { get; private set; }

    /// <summary>The paragraph under the title, shown in lists and on the home page.</summary>
    public string Lead { get; private set; }

    /// <summary>Markdown, rendered sanitized.</summary>
    public string Body { get; private set; }

    public ArticleVoice Voice { get; private set; }

    /// <summary>The department it speaks for, when <see cref="Voice"/> is <see cref="ArticleVoice.Department"/>.</summary>
    public DepartmentId? DepartmentId { get; private set; }

    /// <summary>The name of the organisation it speaks for, when <see cref="Voice"/> is <see cref="ArticleVoice.Organisation"/>, as it was then.</summary>
    public string? Organisation { get; private set; }

    /// <summary>The organisation it speaks for; null for institutions' articles and those written before organisations had accounts.</summary>
    public OrganisationId? OrganisationId { get; private set; }

    /// <summary>The account that wrote it: shown for an organisation's article, kept for accountability for an institution's.</summary>
    public UserId WrittenBy { get; private set; }

    public IReadOnlyList<PolicyAreaId> Areas => _areas;

    public IReadOnlyList<SettlementId> Settlements => _settlements;

    public AttachmentId? CoverId { get; private set; }

    public IReadOnlyList<AttachmentId> Documents => _documents;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>When it is to appear (or appeared); null while it is a draft.</summary>
    public DateTimeOffset? PublishAt { get; private set; }

    /// <summary>When it actually went public.</summary>
    public DateTimeOffset? PublishedAt { get; private set; }

    public DateTimeOffset? ArchivedAt { get; private set; }

    public DateTimeOffset? HiddenAt { get; private set; }

    public ArticleStatus Status => StatusOf(PublishAt, PublishedAt, ArchivedAt);

    /// <summary>Anyone may read it: published, not archived away from the lists, not hidden by a moderator.</summary>
    public bool IsPublic => PublishedAt is not null && HiddenAt is null;

    DiscussionPlace IDiscussion.Place => DiscussionPlace.Of(Id);

    /// <summary>Readers may say where they stand on an article, but need not.</summary>
    bool IDiscussion.StanceRequired => false;

    /// <summary>People comment while it is public and current; an archived article keeps its discussion, closed.</summary>
    public bool CommentsOpen => IsPublic && ArchivedAt is null;

    public void EnsureCommentsOpen(DateTimeOffset now) => DomainException.ThrowIf(!CommentsOpen, DomainErrors.CommentsClosed);

    UserId IModeratable.AuthorId => WrittenBy;

    string IModeratable.ModeratedText => $"{Title}\n{Organisation}\n{Lead}\n{Body}";

    /// <summary>The state these moments make: archived, published, scheduled (a moment is set) or a draft.</summary>
    public static ArticleStatus StatusOf(DateTimeOffset? publishAt, DateTimeOffset? publishedAt, DateTimeOffset? archivedAt) =>
        archivedAt is not null ? ArticleStatus.Archived
        : publishedAt is not null ? ArticleStatus.Published
        : publishAt is not null ? ArticleStatus.Scheduled
        : ArticleStatus.Draft;

    /// <summary>
    /// Starts an article as a draft. Officials write for the municipality or for their own department; a member writes
    /// for an organisation (the service checks the membership and gives its id and name).
    /// </summary>
    public static Article Write(Actor author, ArticleVoice voice, string? organisation, ArticleDraft draft, DateTimeOffset now, ArticleId? id = null,
        OrganisationId? organisationId = null)
    {
        var speaksFor = voice switch
        {
            ArticleVoice.Municipality => author.IsOfficial || author.IsAdministrator,
            ArticleVoice.Department => author.IsOfficial,
            _ => true,
        };
        DomainException.ThrowIf(!speaksFor, DomainErrors.Forbidden);
        var article = new Article
        {
            Id = id ?? ArticleId.New(),
            Voice = voice,
            DepartmentId = voice == ArticleVoice.Department ? author.DepartmentId : null,
            Organisation = voice == ArticleVoice.Organisation
                ? Text.Required(organisation, 2, OrganisationMax, DomainErrors.ArticleOrganisationLength)
                : null,
            OrganisationId = voice == ArticleVoice.Organisation ? organisationId : null,
            WrittenBy = author.Id,
            CreatedAt = now,
        };
        article.Apply(draft, now);
        article.Raise(new ArticleWritten(article.Id, voice == ArticleVoice.Organisation));
        return article;
    }

    /// <summary>The municipality's articles are any official's or administrator's to change; a department's, its officials'; an organisation's, its writer's.</summary>
    public bool MayEdit(Actor? actor) => actor is not null && (actor.IsAdministrator || Voice switch
    {
        ArticleVoice.Municipality => actor.IsOfficial,
        ArticleVoice.Department => DepartmentId is { } department && actor.IsOfficialOf(department),
        _ => actor.Id == WrittenBy,
    });

    public void Edit(Actor editor, ArticleDraft draft, DateTimeOffset now)
    {
        EnsureMayChange(editor);
        Apply(draft, now);
        Raise(new ArticleEdited(Id, RewrittenByOrganisation: Voice == ArticleVoice.Organisation));
    }

    /// <summary>Sets the moment the article appears; it must be later than now (to publish now, <see cref="PublishNow"/>).</summary>
    public void Schedule(Actor editor, DateTimeOffset at, DateTimeOffset now) => SetMoment(editor, at, now);

    /// <summary>Takes a scheduled article back to a draft.</summary>
    public void Unschedule(Actor editor, DateTimeOffset now) => SetMoment(editor, null, now);

    public void PublishNow(Actor editor, DateTimeOffset now)
    {
        EnsureMayChange(editor);
        DomainException.ThrowIf(PublishedAt is not null, DomainErrors.ArticleAlreadyPublished);
        PublishAt = now;
        Release(now);
    }

    /// <summary>
    /// Makes a scheduled article public once its moment has come (the scheduler calls this; safe to call again).
    /// A hidden article waits until a moderator restores it. Returns whether it went public now.
    /// </summary>
    public bool Release(DateTimeOffset now)
    {
        if (PublishAt is not { } at || at > now || PublishedAt is not null || HiddenAt is not null || ArchivedAt is not null)
        {
            return false;
        }
        PublishedAt = now;
        UpdatedAt = now;
        Raise(new ArticlePublished(Id, [.. _areas], [.. _settlements]));
        return true;
    }

    /// <summary>Moves a published article out of the current news; it stays readable at its address.</summary>
    public void Archive(Actor editor, DateTimeOffset now)
    {
        EnsureMayChange(editor);
        DomainException.ThrowIf(PublishedAt is null, DomainErrors.ArticleNotPublished);
        ArchivedAt = now;
        UpdatedAt = now;
        Raise(new ArticleArchived(Id));
    }

    public void Hide(DateTimeOffset now)
    {
        HiddenAt = now;
        Raise(new ArticleEdited(Id, RewrittenByOrganisation: false));
    }

    public void Restore()
    {
        HiddenAt = null;
        Raise(new ArticleEdited(Id, RewrittenByOrganisation: false));
    }

    public void Redact(string? fragment)
    {
        var redacted = Redaction.Apply(fragment, Title, Lead, Body, Organisation ?? "");
        (Title, Lead, Body) = (redacted[0], redacted[1], redacted[2]);
        Organisation = Organisation is null ? null : redacted[3];
        Raise(new ArticleEdited(Id, RewrittenByOrganisation: false));
    }

    private void SetMoment(Actor editor, DateTimeOffset? at, DateTimeOffset now)
    {
        EnsureMayChange(editor);
        DomainException.ThrowIf(PublishedAt is not null, DomainErrors.ArticleAlreadyPublished);
        DomainException.ThrowIf(at <= now, DomainErrors.ArticleScheduleInPast);
        PublishAt = at;
        UpdatedAt = now;
        Raise(new ArticleScheduled(Id, at));
    }

    private void EnsureMayChange(Actor editor)
    {
        DomainException.ThrowIf(!MayEdit(editor), DomainErrors.Forbidden);
        DomainException.ThrowIf(ArchivedAt is not null, DomainErrors.ArticleArchived);
    }

    private void Apply(ArticleDraft draft, DateTimeOffset now)
    {
        var documents = draft.Documents?.Distinct().ToList() ?? [];
        DomainException.ThrowIf(draft.Areas.Count == 0, DomainErrors.ArticleAreaRequired);
        DomainException.ThrowIf(documents.Count > MaxDocuments, DomainErrors.ArticleTooManyDocuments, MaxDocuments);
        Title = Text.Required(draft.Title, TitleMin, TitleMax, DomainErrors.ArticleTitleLength);
        Lead = Text.Required(draft.Lead, LeadMin, LeadMax, DomainErrors.ArticleLeadLength);
        Body = Text.Required(draft.Body, BodyMin, BodyMax, DomainErrors.ArticleBodyLength);
        _areas.Clear();
        _areas.AddRange(draft.Areas.Distinct());
        _settlements.Clear();
        _settlements.AddRange(draft.Settlements.Distinct());
        _documents.Clear();
        _documents.AddRange(documents);
        CoverId = draft.Cover;
        UpdatedAt = now;
    }
}

public interface IArticleEvent : IDomainEvent
{
    ArticleId ArticleId { get; }
}

/// <summary><paramref name="ByOrganisation"/>: written by a member for an organisation, to be screened like other user content.</summary>
public sealed record ArticleWritten(ArticleId ArticleId, bool ByOrganisation) : IArticleEvent;

/// <summary><paramref name="RewrittenByOrganisation"/>: an organisation's text changed, to be screened again.</summary>
public sealed record ArticleEdited(ArticleId ArticleId, bool RewrittenByOrganisation) : IArticleEvent;

/// <summary>The moment it is to appear was set (<paramref name="At"/>) or taken back (null).</summary>
public sealed record ArticleScheduled(ArticleId ArticleId, DateTimeOffset? At) : IArticleEvent;

/// <summary>It went public: followers of these areas and settlements hear of it.</summary>
public sealed record ArticlePublished(ArticleId ArticleId, IReadOnlyList<PolicyAreaId> Areas, IReadOnlyList<SettlementId> Settlements) : IArticleEvent;

public sealed record ArticleArchived(ArticleId ArticleId) : IArticleEvent;
