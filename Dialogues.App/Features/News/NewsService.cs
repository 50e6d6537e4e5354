using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.Community;
using Dialogues.App.Features.DialogueSpaces;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Files;
using Dialogues.App.Infrastructure.Security;
using Dialogues.Domain.Community;
using Dialogues.Domain.DialogueSpaces;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.News;
using Dialogues.Domain.Participants;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.News;

/// <summary>The current news, or what was moved to the archive.</summary>
public enum NewsShelf
{
    Current,
    Archive,
}

/// <param name="Organisation">Only the articles an organisation published, for its page.</param>
public sealed record NewsFilter(NewsShelf Shelf = NewsShelf.Current, PolicyAreaId? Area = null, SettlementId? Settlement = null, ArticleVoice? Voice = null,
    OrganisationId? Organisation = null);

/// <summary>An article on the desk, with who wrote it (the desk shows organisation articles only to their writers).</summary>
public sealed record DeskEntry(ArticleRow Row, UserId WrittenBy);

/// <summary>An article as lists show it: who speaks (an institution or an organisation), when, and where.</summary>
public sealed record ArticleRow(
    ArticleId Id, string Title, string Lead, ArticleVoice Voice, DepartmentId? Department, string? Organisation,
    IReadOnlyList<PolicyAreaId> Areas, IReadOnlyList<SettlementId> Settlements, AttachmentId? Cover,
    DateTimeOffset? PublishAt, DateTimeOffset? PublishedAt, DateTimeOffset? ArchivedAt, DateTimeOffset? HiddenAt, int Comments = 0)
{
    public ArticleStatus Status => Article.StatusOf(PublishAt, PublishedAt, ArchivedAt);
}

/// <summary>
/// An article as its page shows it. <paramref name="WriterName"/> is given only for an organisation's article: an
/// institution's article names the institution, not the official who typed it.
/// </summary>
/// <summary>An article's page for one reader, and who that reader is (for live updates).</summary>
public sealed record ArticleDetails(Article Article, string? WriterName, Attachment? Cover, IReadOnlyList<Attachment> Documents, bool CanEdit, Actor? Reader,
    ArticleRatingSummary Rating);

/// <summary>How readers rated an article: the mean of their stars and how many rated.</summary>
public sealed record ArticleRatingSummary(double Average, int Count);

/// <summary>What an article's page shows every reader alike.</summary>
public sealed record ArticleView(Article Article, string? WriterName, Attachment? Cover, IReadOnlyList<Attachment> Documents, ArticleRatingSummary Rating);

/// <summary>
/// News and articles: staff write for the municipality or their department, residents for an organisation they speak
/// for. Drafts and scheduled articles are seen only by those who may edit them; the release job publishes what is due.
/// </summary>
public sealed class NewsService(
    IDbContextFactory<AppDbContext> databases,
    CurrentActor currentActor,
    Attachments attachments,
    TimeProvider clock)
{
    /// <summary>Published articles, newest first; hidden ones are left out.</summary>
    public async Task<Page<ArticleRow>> ListAsync(NewsFilter filter, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var articles = db.Articles.AsNoTracking().Where(a => a.PublishedAt != null && a.HiddenAt == null);
        articles = filter.Shelf == NewsShelf.Current ? articles.Where(a => a.ArchivedAt == null) : articles.Where(a => a.ArchivedAt != null);
        if (filter.Area is { } area)
        {
            articles = articles.Where(a => a.Areas.Contains(area));
        }
        if (filter.Settlement is { } settlement)
        {
            articles = articles.Where(a => a.Settlements.Contains(settlement));
        }
        if (filter.Voice is { } voice)
        {
            articles = articles.Where(a => a.Voice == voice);
        }
        if (filter.Organisation is { } organisation)
        {
            articles = articles.Where(a => a.OrganisationId == organisation);
        }
        return await Rows(db, articles.OrderByDescending(a => a.PublishedAt)).ToPageAsync(skip, take, cancellationToken);
    }

    /// <summary>
    /// The writer's desk: drafts and scheduled articles the reader may edit, the next to appear first. Officials see
    /// the municipality's and their department's, an administrator all, anyone else their own.
    /// </summary>
    public async Task<Page<ArticleRow>> DeskAsync(int skip, int take, CancellationToken cancellationToken = default) =>
        DeskFor(await currentActor.RequireAccountAsync(cancellationToken), await DeskViewAsync(cancellationToken), skip, take);

    /// <summary>
    /// Every article still being prepared (drafts and scheduled ones: a short list), loaded once for all open desks
    /// after a live event; <see cref="DeskFor"/> then gives each person the part they may edit, without another query.
    /// Internal: it is everyone's drafts, for the desk page to filter on the server, never to show as it is.
    /// </summary>
    internal async Task<IReadOnlyList<DeskEntry>> DeskViewAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var desk = db.Articles.AsNoTracking().Where(a => a.PublishedAt == null && a.ArchivedAt == null);
        var writers = await desk.Select(a => new { a.Id, a.WrittenBy }).ToDictionaryAsync(a => a.Id, a => a.WrittenBy, cancellationToken);
        var rows = await Rows(db, desk.OrderBy(a => a.PublishAt == null).ThenBy(a => a.PublishAt).ThenByDescending(a => a.UpdatedAt)).ToListAsync(cancellationToken);
        return [.. rows.Where(r => writers.ContainsKey(r.Id)).Select(r => new DeskEntry(r, writers[r.Id]))];
    }

    /// <summary>
    /// A person's desk: administrators see every article being prepared; officials the municipality's and their
    /// department's; anyone the organisation articles they wrote themselves.
    /// </summary>
    public static Page<ArticleRow> DeskFor(Actor reader, IReadOnlyList<DeskEntry> desk, int skip, int take)
    {
        var mine = desk.Where(e => reader.IsAdministrator
                || (e.Row.Voice == ArticleVoice.Organisation && e.WrittenBy == reader.Id)
                || (reader.IsOfficial && e.Row.Voice == ArticleVoice.Municipality)
                || (reader.IsOfficial && e.Row.Voice == ArticleVoice.Department && e.Row.Department == reader.DepartmentId))
            .Select(e => e.Row).ToList();
        return new Page<ArticleRow>([.. mine.Skip(skip).Take(take)], mine.Count, skip, take);
    }

    /// <summary>The article, or null when the reader may not see it: a draft or scheduled one is its editors' only, a hidden one its writer's and moderators'.</summary>
    public async Task<ArticleDetails?> FindAsync(ArticleId id, CancellationToken cancellationToken = default) =>
        ForReader(await currentActor.FindAsync(cancellationToken), await ViewAsync(id, cancellationToken));

    /// <summary>What every reader of the article's page sees alike, whoever they are; null when it does not exist.</summary>
    public async Task<ArticleView?> ViewAsync(ArticleId id, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var article = await db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return null;
        }
        var files = await attachments.FindAsync([.. article.Documents, .. article.CoverId is { } cover ? [cover] : Array.Empty<AttachmentId>()], cancellationToken);
        var writer = article.Voice == ArticleVoice.Organisation
            ? (await ParticipantNames.LoadAsync(db, [article.WrittenBy], cancellationToken)).GetValueOrDefault(article.WrittenBy)
            : null;
        var rating = await db.ArticleRatings.Where(r => r.ArticleId == id)
            .GroupBy(r => r.ArticleId).Select(g => new ArticleRatingSummary(g.Average(r => (double)r.Stars), g.Count())).SingleOrDefaultAsync(cancellationToken);
        return new ArticleView(article, writer, article.CoverId is { } c ? files.GetValueOrDefault(c) : null,
            article.Documents.Where(files.ContainsKey).Select(d => files[d]).ToList(), rating ?? new ArticleRatingSummary(0, 0));
    }

    /// <summary>
    /// A live update of a page: <paramref name="view"/> is loaded once for all its watchers, and each reader's rights
    /// are applied to it here, without another query for a reader who had the page already.
    /// </summary>
    public async Task<ArticleDetails?> RefreshAsync(ArticleDetails? before, ArticleView? view, CancellationToken cancellationToken = default) =>
        ForReader(before is not null ? before.Reader : await currentActor.FindAsync(cancellationToken), view);

    /// <summary>The article as this reader may see it, or null: a draft is its editors' and moderators', a hidden one its writer's and moderators'.</summary>
    private static ArticleDetails? ForReader(Actor? reader, ArticleView? view)
    {
        if (view is not { Article: var article })
        {
            return null;
        }
        var canEdit = article.MayEdit(reader);
        if (!article.IsVisibleTo(reader) || (article.PublishedAt is null && !canEdit && reader is not { IsModerator: true }))
        {
            return null;
        }
        return new ArticleDetails(article, view.WriterName, view.Cover, view.Documents, canEdit && article.ArchivedAt is null, reader, view.Rating);
    }

    /// <summary>The newest published articles, for the home page.</summary>
    public async Task<IReadOnlyList<ArticleRow>> LatestAsync(int count, CancellationToken cancellationToken = default) =>
        (await ListAsync(new NewsFilter(), 0, count, cancellationToken)).Items;

    /// <summary>Keeps an uploaded cover or document for an article being written; it is the uploader's only until an article holds it.</summary>
    public async Task<AttachmentId> UploadAsync(UploadedFile file, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireToAsync(Participation.Post, cancellationToken);
        return await attachments.StoreAsync(actor.Id, file, cancellationToken);
    }

    /// <param name="submission">The form's own id for the article: sent twice, the form finds the one it wrote.</param>
    /// <param name="organisation">For <see cref="ArticleVoice.Organisation"/>: the organisation the author is a member of and writes for.</param>
    public async Task<ArticleId> WriteAsync(ArticleVoice voice, OrganisationId? organisation, ArticleDraft draft, Guid? submission = null, CancellationToken cancellationToken = default)
    {
        var author = await currentActor.RequireToAsync(Participation.Post, cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var id = new ArticleId(submission ?? Guid.NewGuid());
        if (await db.Articles.AnyAsync(a => a.Id == id && a.WrittenBy == author.Id, cancellationToken))
        {
            return id;
        }
        await CheckAsync(db, draft, author, null, cancellationToken);
        var speaksFor = voice == ArticleVoice.Organisation ? await OnBehalfOf.RequireAsync(db, organisation, author, cancellationToken) : null;
        var article = Article.Write(author, voice, speaksFor?.Name, draft, clock.GetUtcNow(), id, speaksFor?.Id);
        db.Articles.Add(article);
        await db.SaveOncePerPersonAsync(cancellationToken);
        return article.Id;
    }

    public async Task EditAsync(ArticleId id, ArticleDraft draft, CancellationToken cancellationToken = default)
    {
        var editor = await currentActor.RequireToAsync(Participation.Post, cancellationToken);
        await ChangeAsync(id, async (db, article) =>
        {
            await CheckAsync(db, draft, editor, article, cancellationToken);
            article.Edit(editor, draft, clock.GetUtcNow());
        }, cancellationToken);
    }

    public async Task PublishNowAsync(ArticleId id, CancellationToken cancellationToken = default)
    {
        var editor = await currentActor.RequireAsync(cancellationToken);
        await ChangeAsync(id, (_, article) => Done(() => article.PublishNow(editor, clock.GetUtcNow())), cancellationToken);
    }

    public async Task ScheduleAsync(ArticleId id, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var editor = await currentActor.RequireAsync(cancellationToken);
        await ChangeAsync(id, (_, article) => Done(() => article.Schedule(editor, at, clock.GetUtcNow())), cancellationToken);
    }

    public async Task UnscheduleAsync(ArticleId id, CancellationToken cancellationToken = default)
    {
        var editor = await currentActor.RequireAsync(cancellationToken);
        await ChangeAsync(id, (_, article) => Done(() => article.Unschedule(editor, clock.GetUtcNow())), cancellationToken);
    }

    public async Task ArchiveAsync(ArticleId id, CancellationToken cancellationToken = default)
    {
        var editor = await currentActor.RequireAsync(cancellationToken);
        await ChangeAsync(id, (_, article) => Done(() => article.Archive(editor, clock.GetUtcNow())), cancellationToken);
    }

    /// <summary>Rates an article from 1 to 5 stars (rating again changes it); null takes one's rating back.</summary>
    public async Task RateAsync(ArticleId id, int? stars, CancellationToken cancellationToken = default)
    {
        var reader = await currentActor.RequireToAsync(Participation.Vote, cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var article = await db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        DomainException.ThrowIf(article is not { PublishedAt: not null } || !article.IsVisibleTo(reader), DomainErrors.NotFound);
        var mine = await db.ArticleRatings.SingleOrDefaultAsync(r => r.ArticleId == id && r.UserId == reader.Id, cancellationToken);
        var now = clock.GetUtcNow();
        switch ((mine, stars))
        {
            case (null, { } given):
                db.Add(ArticleRating.Rate(article!, reader, given, now));
                break;
            case ({ } rated, { } given):
                rated.Change(article!, reader, given, now);
                break;
            case ({ } rated, null):
                rated.Withdraw(article!);
                db.Remove(rated);
                break;
            default:
                return;
        }
        await db.SaveOncePerPersonAsync(cancellationToken);
    }

    /// <summary>The stars the current reader gave the article, if any.</summary>
    public async Task<int?> MyRatingAsync(ArticleId id, CancellationToken cancellationToken = default)
    {
        if (await currentActor.FindAsync(cancellationToken) is not { } reader)
        {
            return null;
        }
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.ArticleRatings.Where(r => r.ArticleId == id && r.UserId == reader.Id).Select(r => (int?)r.Stars).SingleOrDefaultAsync(cancellationToken);
    }

    private static Task Done(Action change)
    {
        change();
        return Task.CompletedTask;
    }

    /// <summary>Rows with the number of comments readers see under each (the same count as a dialogue's card).</summary>
    private static IQueryable<ArticleRow> Rows(AppDbContext db, IQueryable<Article> articles) =>
        articles.Select(a => new ArticleRow(a.Id, a.Title, a.Lead, a.Voice, a.DepartmentId, a.Organisation, a.Areas, a.Settlements, a.CoverId,
            a.PublishAt, a.PublishedAt, a.ArchivedAt, a.HiddenAt,
            db.Set<Comment>().Where(DiscussionService.Counted).Count(c => c.ArticleId == a.Id)));

    /// <summary>
    /// The areas and settlements exist; the cover is an image; every file is one the article already holds or one the
    /// editor uploaded and no other item holds, so nobody can attach another person's private file by its id.
    /// </summary>
    private static async Task CheckAsync(AppDbContext db, ArticleDraft draft, Actor editor, Article? article, CancellationToken cancellationToken)
    {
        var areas = draft.Areas.Distinct().ToList();
        var settlements = draft.Settlements.Distinct().ToList();
        DomainException.ThrowIf(await db.PolicyAreas.CountAsync(a => areas.Contains(a.Id), cancellationToken) != areas.Count, DomainErrors.NotFound);
        DomainException.ThrowIf(await db.Settlements.CountAsync(s => settlements.Contains(s.Id), cancellationToken) != settlements.Count, DomainErrors.NotFound);
        var held = article is null ? [] : article.Documents.Append(article.CoverId ?? default).ToHashSet();
        var added = (draft.Documents ?? []).Append(draft.Cover ?? default).Where(f => f != default && !held.Contains(f)).Distinct().ToList();
        var mine = await db.Attachments.AsNoTracking().CountAsync(f => added.Contains(f.Id) && f.UploadedBy == editor.Id, cancellationToken);
        DomainException.ThrowIf(mine != added.Count, DomainErrors.NotFound);
        if (draft.Cover is { } cover)
        {
            var kind = await db.Attachments.AsNoTracking().Where(f => f.Id == cover).Select(f => f.Kind).SingleAsync(cancellationToken);
            DomainException.ThrowIf(kind != AttachmentKind.Image, DomainErrors.UploadNotImage);
        }
    }

    private Task ChangeAsync(ArticleId id, Func<AppDbContext, Article, Task> change, CancellationToken cancellationToken) =>
        databases.ChangeAsync(db => db.Articles.SingleOrNotFoundAsync(a => a.Id == id, cancellationToken), change, cancellationToken);
}
