using Dialogues.App.Features.Accounts;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Files;
using Dialogues.App.Infrastructure.Security;
using Dialogues.App.Infrastructure.Time;
using Dialogues.Domain.Acts;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Acts;

/// <summary>The register of acts: publishing and changing them (with revisions), consultation comments and summaries, the legality watch.</summary>
public sealed class ActsService(
    IDbContextFactory<AppDbContext> databases,
    CurrentActor currentActor,
    Attachments attachments,
    TimeProvider clock, MunicipalCalendar calendar)
{
    public async Task<Page<ActRow>> ListAsync(ActFilter filter, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var today = calendar.Today;
        var acts = Filter(db.Acts.AsNoTracking().Where(a => a.PublishedAt != null), filter, today);
        var page = await acts.OrderByDescending(a => a.PublishedAt).ToPageAsync(skip, take, cancellationToken);
        return page.With(page.Items.Select(a => Row(a, today)).ToList());
    }

    /// <summary>Published acts with a legality flag, newest first: the public legality watch.</summary>
    public async Task<Page<LegalityWatchRow>> LegalityWatchAsync(int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var today = calendar.Today;
        var page = await db.Acts.AsNoTracking()
            .Where(a => a.PublishedAt != null && a.LegalityFlagCount > 0)
            .OrderByDescending(a => a.UpdatedAt)
            .ToPageAsync(skip, take, cancellationToken);
        return page.With(page.Items.Select(a => new LegalityWatchRow(Row(a, today), a.LegalityFlags, LegalityRules.Check(a))).ToList());
    }

    /// <summary>An act as its page shows it; a working draft only to those who may change it.</summary>
    public async Task<ActDetails?> FindAsync(ActId id, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.FindAsync(cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var act = await db.Acts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (act is null || (act.PublishedAt is null && !act.MayBeChangedBy(actor)))
        {
            return null;
        }
        var today = calendar.Today;
        var comments = await CommentsAsync(db, id, cancellationToken);
        var targets = act.Links.Select(l => l.Target).ToList();
        var linked = await db.Acts.AsNoTracking().Where(a => targets.Contains(a.Id) && a.PublishedAt != null)
            .Select(a => new { a.Id, a.Number, a.Title }).ToDictionaryAsync(a => a.Id, cancellationToken);
        var concerns = await db.Recommendations.AsNoTracking()
            .Where(r => r.ConcernsActId == id && r.Number != null && r.HiddenAt == null)
            .OrderBy(r => r.RegisteredAt)
            .Select(r => new { r.Id, r.Number, r.Title })
            .ToListAsync(cancellationToken);
        var documents = await attachments.FindAsync(act.Documents, cancellationToken);
        return new ActDetails(
            act,
            act.StatusOn(today),
            act.ConsultationOpenOn(today),
            comments,
            act.Documents.Where(documents.ContainsKey).Select(d => documents[d]).ToList(),
            act.Links.Where(l => linked.ContainsKey(l.Target)).Select(l => new LinkedAct(l.Kind, l.Target, linked[l.Target].Number, linked[l.Target].Title)).ToList(),
            LegalityRules.Check(act),
            concerns.Select(c => new ConcernRow(c.Id, c.Number!.ToString(), c.Title)).ToList(),
            act.MayBeChangedBy(actor));
    }

    /// <summary>The visible comments of a consultation, oldest first, for refreshing after a live event.</summary>
    public async Task<IReadOnlyList<ConsultationCommentView>> CommentsAsync(ActId id, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await CommentsAsync(db, id, cancellationToken);
    }

    /// <summary>Acts to link to, by number or title.</summary>
    public async Task<IReadOnlyList<ActRow>> SearchAsync(string? term, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var today = calendar.Today;
        var acts = await Filter(db.Acts.AsNoTracking().Where(a => a.PublishedAt != null), new ActFilter(Search: term), today)
            .OrderByDescending(a => a.PublishedAt).Take(10).ToListAsync(cancellationToken);
        return acts.Select(a => Row(a, today)).ToList();
    }

    public async Task<ActId> CreateAsync(ActDraft draft, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireAsync(cancellationToken);
        var act = Act.Create(actor, draft, clock.GetUtcNow());
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await EnsureLinksExistAsync(db, draft, cancellationToken);
        db.Acts.Add(act);
        await db.SaveChangesAsync(cancellationToken);
        return act.Id;
    }

    /// <summary>
    /// Changes an act; once published, with a note, kept as a revision in the same save. Refused when the act moved
    /// past <paramref name="editedRevision"/> (the one the editor was opened on) meanwhile.
    /// </summary>
    public Task EditAsync(ActId id, int editedRevision, ActDraft draft, string? revisionNote, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, async (db, act, actor, now) =>
        {
            await EnsureLinksExistAsync(db, draft, cancellationToken);
            if (act.Edit(actor, draft, revisionNote, editedRevision, now) is { } revision)
            {
                db.ActRevisions.Add(revision);
            }
        }, cancellationToken);

    /// <param name="despiteFindings">The official saw what the legality watch will flag and publishes all the same.</param>
    public Task PublishAsync(ActId id, bool despiteFindings = false, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, (db, act, actor, now) =>
        {
            db.ActRevisions.Add(act.Publish(actor, now, despiteFindings));
            return Task.CompletedTask;
        }, cancellationToken);

    public async Task AttachAsync(ActId id, IReadOnlyList<UploadedFile> documents, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireAsync(cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var act = await db.Acts.SingleOrNotFoundAsync(a => a.Id == id, cancellationToken);
        DomainException.ThrowIf(!act.MayBeChangedBy(actor), DomainErrors.Forbidden);
        DomainException.ThrowIf(act.Documents.Count + documents.Count > Act.MaxDocuments, DomainErrors.ActTooManyDocuments, Act.MaxDocuments);
        foreach (var document in documents)
        {
            act.AttachDocument(actor, await attachments.StoreAsync(actor.Id, document, cancellationToken));
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A resident comments on the whole draft (no paragraph) or on one paragraph, while the consultation runs.</summary>
    public async Task<Guid> CommentAsync(ActId id, int? paragraph, string? text, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireToAsync(Participation.Post, cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var act = await PublishedAsync(db, id, cancellationToken);
        var now = clock.GetUtcNow();
        var comment = ConsultationComment.Post(act, actor, paragraph, text, calendar.DateOf(now), now);
        db.ConsultationComments.Add(comment);
        await db.SaveChangesAsync(cancellationToken);
        return comment.Id;
    }

    /// <summary>Publishes the answers to every visible comment once the consultation has ended.</summary>
    public Task PublishSummaryAsync(ActId id, IReadOnlyList<SummaryEntryDraft> entries, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, async (db, act, actor, now) =>
        {
            var comments = await db.ConsultationComments.Where(c => c.ActId == id && c.HiddenAt == null).Select(c => c.Id).ToListAsync(cancellationToken);
            act.PublishSummary(actor, entries, comments, calendar.DateOf(now), now);
        }, cancellationToken);

    public Task ExplainFlagAsync(ActId id, LegalityRule rule, string? explanation, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, (_, act, actor, now) =>
        {
            act.ExplainFlag(actor, rule, explanation, now);
            return Task.CompletedTask;
        }, cancellationToken);

    public async Task<IReadOnlyList<(ActRevision Revision, string ChangedBy)>> RevisionsAsync(ActId id, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var revisions = await db.ActRevisions.AsNoTracking().Where(r => r.ActId == id).OrderByDescending(r => r.Revision).ToListAsync(cancellationToken);
        var names = await ParticipantNames.LoadAsync(db, revisions.Select(r => r.ChangedBy), cancellationToken);
        return revisions.Select(r => (r, names.GetValueOrDefault(r.ChangedBy, ""))).ToList();
    }

    /// <summary>What a revision changed against the previous one (the first publication against nothing).</summary>
    public async Task<RevisionChanges?> ChangesAsync(ActId id, int revision, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var pair = await db.ActRevisions.AsNoTracking()
            .Where(r => r.ActId == id && (r.Revision == revision || r.Revision == revision - 1))
            .ToListAsync(cancellationToken);
        if (pair.SingleOrDefault(r => r.Revision == revision) is not { } after)
        {
            return null;
        }
        var (facts, texts) = RevisionComparer.Compare(pair.SingleOrDefault(r => r.Revision == revision - 1), after);
        var names = await ParticipantNames.LoadAsync(db, [after.ChangedBy], cancellationToken);
        return new RevisionChanges(after, names.GetValueOrDefault(after.ChangedBy, ""), facts, texts);
    }

    private static IQueryable<Act> Filter(IQueryable<Act> acts, ActFilter filter, DateOnly today)
    {
        if (filter.Type is { } type)
        {
            acts = acts.Where(a => a.Type == type);
        }
        if (filter.Area is { } area)
        {
            acts = acts.Where(a => a.PolicyAreas.Contains(area));
        }
        if (filter.Year is { } year)
        {
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1));
            var (fromMoment, toMoment) = (new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(year + 1, 1, 1, 0, 0, 0, TimeSpan.Zero));
            // The year of adoption, or of publication for what is not adopted yet.
            acts = acts.Where(a => a.AdoptedOn != null ? a.AdoptedOn >= from && a.AdoptedOn < to : a.PublishedAt >= fromMoment && a.PublishedAt < toMoment);
        }
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim().ToLowerInvariant();
            acts = acts.Where(a => a.SearchText.Contains(term));
        }
        return filter.Status switch
        {
            ActStatus.Repealed => acts.Where(a => a.RepealedOn <= today),
            ActStatus.InForce => acts.Where(a => a.InForceFrom <= today && !(a.RepealedOn <= today)),
            ActStatus.Adopted => acts.Where(a => a.AdoptedOn <= today && !(a.InForceFrom <= today) && !(a.RepealedOn <= today)),
            ActStatus.UnderConsultation => acts.Where(a => !(a.AdoptedOn <= today) && a.ConsultationStart <= today && a.ConsultationEnd >= today),
            ActStatus.ConsultationClosed => acts.Where(a => !(a.AdoptedOn <= today) && a.ConsultationEnd < today),
            ActStatus.Draft => acts.Where(a => !(a.AdoptedOn <= today) && !(a.ConsultationStart <= today)),
            _ => acts,
        };
    }

    private static ActRow Row(Act a, DateOnly today) =>
        new(a.Id, a.Number, a.Title, a.Type, a.StatusOn(today), a.PublishedAt!.Value, a.ConsultationEnd, a.AdoptedOn, a.LegalityFlagCount);

    private static async Task<IReadOnlyList<ConsultationCommentView>> CommentsAsync(AppDbContext db, ActId id, CancellationToken cancellationToken)
    {
        var comments = await db.ConsultationComments.AsNoTracking().Where(c => c.ActId == id && c.HiddenAt == null).OrderBy(c => c.CreatedAt).ToListAsync(cancellationToken);
        var names = await ParticipantNames.LoadAsync(db, comments.Select(c => c.AuthorId), cancellationToken);
        return comments.Select(c => new ConsultationCommentView(c.Id, c.Paragraph, c.AuthorId, names.GetValueOrDefault(c.AuthorId, ""), c.Text, c.CreatedAt)).ToList();
    }

    private static async Task<Act> PublishedAsync(AppDbContext db, ActId id, CancellationToken cancellationToken) =>
        await db.Acts.SingleOrNotFoundAsync(a => a.Id == id && a.PublishedAt != null, cancellationToken);

    private static async Task EnsureLinksExistAsync(AppDbContext db, ActDraft draft, CancellationToken cancellationToken)
    {
        var targets = draft.Links.Select(l => l.Target).Distinct().ToList();
        DomainException.ThrowIf(targets.Count > 0 && await db.Acts.CountAsync(a => targets.Contains(a.Id), cancellationToken) != targets.Count, DomainErrors.NotFound);
    }

    /// <summary>Loads, changes and saves; tried again on the fresh act when another change landed meanwhile.</summary>
    private async Task ChangeAsync(ActId id, Func<AppDbContext, Act, Actor, DateTimeOffset, Task> change, CancellationToken cancellationToken)
    {
        var actor = await currentActor.RequireAsync(cancellationToken);
        await databases.ChangeAsync(
            db => db.Acts.SingleOrNotFoundAsync(a => a.Id == id, cancellationToken),
            (db, act) => change(db, act, actor, clock.GetUtcNow()),
            cancellationToken);
    }
}
