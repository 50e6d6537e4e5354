using System.Linq.Expressions;
using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.Community;
using Dialogues.App.Features.Moderation;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Security;
using Dialogues.App.Infrastructure.Text;
using Dialogues.Domain.Community;
using Dialogues.Domain.DialogueSpaces;
using Dialogues.Domain.News;
using Dialogues.Domain.Participants;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.DialogueSpaces;

public enum CommentSort
{
    Newest,
    Oldest,
    MostSupported,
}

public sealed record CommentView(
    CommentId Id,
    CommentId ThreadId,
    CommentId? ParentId,
    int Depth,
    UserId AuthorId,
    string AuthorName,
    Stance? Stance,
    string BodyHtml,
    DateTimeOffset CreatedAt,
    DateTimeOffset? EditedAt,
    bool IsDeleted,
    bool IsHidden,
    bool HiddenAutomatically,
    DepartmentId? OfficialDepartmentId,
    OrganisationId? OrganisationId,
    string? OrganisationName,
    int Up,
    int Down,
    int MyVote)
{
    public int Score => Up - Down;

    public bool IsVisible => !IsDeleted && !IsHidden;
}

/// <summary>What the comment form sends: the stance (for a new comment), the text, and the organisation written for, if any.</summary>
public sealed record CommentDraft(Stance? Stance, string? Body, OrganisationId? Organisation = null);

/// <summary>What a live event changed in a discussion, the same for every watcher (<see cref="DiscussionService.AfterEventAsync"/>).</summary>
public sealed record DiscussionChange(CommentThread? Thread, StanceSummary Stance, int Count);

/// <summary>A top-level comment and its replies, in reading order (each reply after the one it answers).</summary>
public sealed record CommentThread(CommentView Root, IReadOnlyList<CommentView> Replies);

public sealed record ThreadPage(IReadOnlyList<CommentThread> Threads, int Total);

public sealed record StanceSummary(int For, int Against, int Neutral)
{
    public int Total => For + Against + Neutral;
}

/// <summary>
/// The discussion of a dialogue or an article (any <see cref="IDiscussionHost"/>): comments (with a stance where the
/// place asks for one), replies, edits, deletions and votes.
/// </summary>
public sealed class DiscussionService(
    IDbContextFactory<AppDbContext> databases,
    DiscussionHosts hosts,
    CurrentActor currentActor,
    MarkdownRenderer markdown,
    TimeProvider clock)
{
    /// <param name="organisation">The organisation the author writes for, one they are a member of; null for themselves.</param>
    public async Task<CommentId> PostAsync(DiscussionPlace place, Stance? stance, string? body, OrganisationId? organisation = null, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireToAsync(Participation.Post, cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var discussion = await hosts.VisibleAsync(db, place, actor, cancellationToken);
        var speakingFor = organisation is null ? null : await OnBehalfOf.RequireAsync(db, organisation, actor, cancellationToken);
        var comment = Comment.Post(discussion, actor, stance, body, clock.GetUtcNow(), speakingFor);
        db.Comments.Add(comment);
        await db.SaveChangesAsync(cancellationToken);
        return comment.Id;
    }

    public async Task<CommentId> ReplyAsync(CommentId parentId, Stance? stance, string? body, OrganisationId? organisation = null, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireToAsync(Participation.Post, cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var parent = await db.Comments.AsNoTracking().SingleOrDefaultAsync(c => c.Id == parentId, cancellationToken)
            ?? throw new DomainException(DomainErrors.CommentReplyTargetGone);
        var discussion = await hosts.VisibleAsync(db, parent.Place, actor, cancellationToken);
        var speakingFor = organisation is null ? null : await OnBehalfOf.RequireAsync(db, organisation, actor, cancellationToken);
        var reply = Comment.Reply(discussion, parent, actor, stance, body, clock.GetUtcNow(), speakingFor);
        db.Comments.Add(reply);
        await db.SaveChangesAsync(cancellationToken);
        return reply.Id;
    }

    public Task EditAsync(CommentId commentId, string? body, CancellationToken cancellationToken = default) =>
        ChangeAsync(commentId, (comment, discussion, actor, now) => comment.Edit(discussion, actor, body, now), cancellationToken);

    public Task DeleteAsync(CommentId commentId, CancellationToken cancellationToken = default) =>
        ChangeAsync(commentId, (comment, _, actor, now) => comment.Delete(actor, now), cancellationToken);

    /// <summary>Up (+1) or down (-1); the same arrow again takes the vote back, the other arrow changes it.</summary>
    public async Task VoteAsync(CommentId commentId, int value, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireToAsync(Participation.Vote, cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var comment = await db.Comments.AsNoTracking().SingleOrDefaultAsync(c => c.Id == commentId, cancellationToken)
            ?? throw new DomainException(DomainErrors.NotFound);
        var discussion = await hosts.VisibleAsync(db, comment.Place, actor, cancellationToken);
        var now = clock.GetUtcNow();
        var existing = await db.CommentVotes.SingleOrDefaultAsync(v => v.CommentId == commentId && v.UserId == actor.Id, cancellationToken);
        if (existing is null)
        {
            db.CommentVotes.Add(CommentVote.Cast(discussion, comment, actor, value, now));
        }
        else if (existing.Value == value)
        {
            existing.Withdraw(discussion, comment, now);
            db.CommentVotes.Remove(existing);
        }
        else
        {
            existing.Change(discussion, comment, actor, value, now);
        }
        await db.SaveOncePerPersonAsync(cancellationToken);
    }

    /// <summary>
    /// The newest comments members wrote for an organisation, for its page: only visible ones, in discussions anyone may
    /// see (a comment in a hidden dialogue or article is left out).
    /// </summary>
    public async Task<IReadOnlyList<OrganisationContribution>> ByOrganisationAsync(OrganisationId organisation, int count, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var comments = await db.Comments.AsNoTracking()
            .Where(c => c.OrganisationId == organisation && c.DeletedAt == null && c.HiddenAt == null)
            .OrderByDescending(c => c.CreatedAt).Take(count)
            .ToListAsync(cancellationToken);
        var titles = new Dictionary<DiscussionPlace, string>();
        foreach (var kind in comments.GroupBy(c => c.Place.Kind))
        {
            foreach (var (id, title) in await hosts.Of(kind.Key).PublicTitlesAsync(db, kind.Select(c => c.Place.Id).Distinct().ToList(), cancellationToken))
            {
                titles[new DiscussionPlace(kind.Key, id)] = title;
            }
        }
        var names = await ParticipantNames.LoadAsync(db, comments.Select(c => c.AuthorId), cancellationToken);
        return [.. comments.Where(c => titles.ContainsKey(c.Place)).Select(c => new OrganisationContribution(
            ItemKind.Comment, c.Id.Value, titles[c.Place], $"{hosts.Of(c.Place.Kind).Link(c.Place.Id)}?comment={c.Id}#comment-{c.Id}",
            MarkdownRenderer.Excerpt(c.Body, 200), names.GetValueOrDefault(c.AuthorId, ""), c.CreatedAt))];
    }

    /// <summary>The Markdown of one's own comment, to edit it.</summary>
    public async Task<string> SourceOfAsync(CommentId commentId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireAsync(cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var comment = await db.Comments.AsNoTracking().SingleOrNotFoundAsync(c => c.Id == commentId, cancellationToken);
        DomainException.ThrowIf(comment.AuthorId != actor.Id, DomainErrors.CommentNotAuthor);
        return comment.Body;
    }

    public async Task<ThreadPage> ThreadsAsync(DiscussionPlace place, CommentSort sort, bool officialsOnly, int skip, int take, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.FindAsync(cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await hosts.VisibleAsync(db, place, actor, cancellationToken);

        var roots = db.Comments.AsNoTracking().Where(In(place)).Where(c => c.ParentId == null);
        if (officialsOnly)
        {
            roots = roots.Where(c => c.OfficialDepartmentId != null || db.Comments.Any(r => r.ThreadId == c.Id && r.OfficialDepartmentId != null));
        }
        roots = sort switch
        {
            CommentSort.Oldest => roots.OrderBy(c => c.CreatedAt),
            CommentSort.MostSupported => roots
                .OrderByDescending(c => db.CommentVotes.Where(v => v.CommentId == c.Id).Sum(v => (int?)v.Value) ?? 0)
                .ThenByDescending(c => c.CreatedAt),
            _ => roots.OrderByDescending(c => c.CreatedAt),
        };
        var page = await roots.Select(c => c.ThreadId).ToPageAsync(skip, take, cancellationToken);
        var threads = await LoadThreadsAsync(db, place, page.Items, actor?.Id, cancellationToken);
        return new ThreadPage(page.Items.Select(id => threads[id]).ToList(), page.Total);
    }

    /// <summary>One thread as it is now, for refreshing it after a live event.</summary>
    public async Task<CommentThread?> ThreadAsync(DiscussionPlace place, CommentId threadId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.FindAsync(cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var threads = await LoadThreadsAsync(db, place, [threadId], actor?.Id, cancellationToken);
        return threads.GetValueOrDefault(threadId);
    }

    /// <summary>The thread a comment belongs to, if the comment exists in this discussion (which the reader may see).</summary>
    public async Task<CommentThread?> ThreadOfAsync(DiscussionPlace place, CommentId commentId, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var thread = await db.Comments.AsNoTracking().Where(In(place)).Where(c => c.Id == commentId).Select(c => (CommentId?)c.ThreadId).SingleOrDefaultAsync(cancellationToken);
        return thread is { } id ? await ThreadAsync(place, id, cancellationToken) : null;
    }

    /// <summary>The comments of one discussion.</summary>
    internal static Expression<Func<Comment, bool>> In(DiscussionPlace place)
    {
        switch (place.Kind)
        {
            case DiscussionKind.Dialogue:
                var dialogue = new DialogueId(place.Id);
                return c => c.DialogueId == dialogue;
            case DiscussionKind.Article:
                var article = new ArticleId(place.Id);
                return c => c.ArticleId == article;
            default:
                throw new ArgumentOutOfRangeException(nameof(place), place, null);
        }
    }

    /// <summary>
    /// What "N comments" counts everywhere (a dialogue's card, its discussion, a profile): every comment and reply
    /// readers can see; neither deleted ones nor hidden ones, whose places show a notice instead.
    /// </summary>
    internal static readonly Expression<Func<Comment, bool>> Counted = c => c.DeletedAt == null && c.HiddenAt == null;

    public async Task<int> CommentCountAsync(DiscussionPlace place, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await CountAsync(db, place, cancellationToken);
    }

    public async Task<StanceSummary> StanceSummaryAsync(DiscussionPlace place, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await StanceSummaryAsync(db, place, cancellationToken);
    }

    /// <summary>
    /// What a live event changed, as every watcher of the discussion sees it alike, loaded once for all of them: the
    /// thread (with no one's own votes: each watcher keeps theirs, <see cref="WithMyVotes"/>), the stances and the count.
    /// </summary>
    public async Task<DiscussionChange> AfterEventAsync(DiscussionPlace place, CommentId threadId, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var threads = await LoadThreadsAsync(db, place, [threadId], null, cancellationToken);
        return new DiscussionChange(threads.GetValueOrDefault(threadId), await StanceSummaryAsync(db, place, cancellationToken), await CountAsync(db, place, cancellationToken));
    }

    /// <summary>A thread loaded for everyone, with the votes this watcher had already cast on it (they vote in their own circuit).</summary>
    public static CommentThread WithMyVotes(CommentThread shared, CommentThread? mine)
    {
        if (mine is null)
        {
            return shared;
        }
        var votes = mine.Replies.Prepend(mine.Root).ToDictionary(c => c.Id, c => c.MyVote);
        CommentView Mine(CommentView c) => c with { MyVote = votes.GetValueOrDefault(c.Id) };
        return new CommentThread(Mine(shared.Root), [.. shared.Replies.Select(Mine)]);
    }

    private static Task<int> CountAsync(AppDbContext db, DiscussionPlace place, CancellationToken cancellationToken) =>
        db.Comments.AsNoTracking().Where(In(place)).CountAsync(Counted, cancellationToken);

    private static async Task<StanceSummary> StanceSummaryAsync(AppDbContext db, DiscussionPlace place, CancellationToken cancellationToken)
    {
        var counts = await db.Comments.AsNoTracking().Where(In(place))
            .Where(c => c.ParentId == null && c.DeletedAt == null && c.HiddenAt == null && c.Stance != null)
            .GroupBy(c => c.Stance)
            .Select(g => new { Stance = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        int Of(Stance stance) => counts.FirstOrDefault(c => c.Stance == stance)?.Count ?? 0;
        return new StanceSummary(Of(Stance.For), Of(Stance.Against), Of(Stance.Neutral));
    }

    private async Task<Dictionary<CommentId, CommentThread>> LoadThreadsAsync(
        AppDbContext db, DiscussionPlace place, IReadOnlyList<CommentId> threadIds, UserId? reader, CancellationToken cancellationToken)
    {
        if (threadIds.Count == 0)
        {
            return [];
        }
        var comments = await db.Comments.AsNoTracking().Where(In(place)).Where(c => threadIds.Contains(c.ThreadId)).OrderBy(c => c.CreatedAt).ToListAsync(cancellationToken);
        var tallies = await (
                from vote in db.CommentVotes
                join comment in db.Comments on vote.CommentId equals comment.Id
                where threadIds.Contains(comment.ThreadId)
                group vote by vote.CommentId into votes
                select new { CommentId = votes.Key, Up = votes.Count(v => v.Value > 0), Down = votes.Count(v => v.Value < 0) })
            .ToDictionaryAsync(t => t.CommentId, cancellationToken);
        var mine = reader is { } me
            ? await (
                    from vote in db.CommentVotes
                    join comment in db.Comments on vote.CommentId equals comment.Id
                    where vote.UserId == me && threadIds.Contains(comment.ThreadId)
                    select new { vote.CommentId, vote.Value })
                .ToDictionaryAsync(v => v.CommentId, v => v.Value, cancellationToken)
            : [];
        var names = await ParticipantNames.LoadAsync(db, comments.Select(c => c.AuthorId), cancellationToken);
        var hiddenAutomatically = await HideOrigins.AutomaticAsync(db, ItemKind.Comment,
            comments.Where(c => c.HiddenAt is not null).Select(c => c.Id.Value).ToList(), cancellationToken);

        var views = comments.Select(c => new CommentView(
            c.Id, c.ThreadId, c.ParentId, c.Depth, c.AuthorId, names.GetValueOrDefault(c.AuthorId, ""), c.Stance,
            c.IsVisible ? markdown.RenderComment(c.Body) : "",
            c.CreatedAt, c.EditedAt, c.DeletedAt is not null, c.HiddenAt is not null, hiddenAutomatically.Contains(c.Id.Value), c.OfficialDepartmentId,
            c.OrganisationId, c.OrganisationName,
            tallies.GetValueOrDefault(c.Id)?.Up ?? 0, tallies.GetValueOrDefault(c.Id)?.Down ?? 0, mine.GetValueOrDefault(c.Id))).ToList();

        var children = views.Where(v => v.ParentId is not null).ToLookup(v => v.ParentId!.Value);
        return views.Where(v => v.ParentId is null).ToDictionary(root => root.Id, root => new CommentThread(root, InReadingOrder(root.Id, children).ToList()));
    }

    private static IEnumerable<CommentView> InReadingOrder(CommentId parent, ILookup<CommentId, CommentView> children)
    {
        foreach (var child in children[parent])
        {
            yield return child;
            foreach (var grandchild in InReadingOrder(child.Id, children))
            {
                yield return grandchild;
            }
        }
    }

    private async Task ChangeAsync(CommentId commentId, Action<Comment, IDiscussion, Actor, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        var actor = await currentActor.RequireAsync(cancellationToken);
        await databases.ChangeAsync(
            db => db.Comments.SingleOrNotFoundAsync(c => c.Id == commentId, cancellationToken),
            async (db, comment) => change(comment, await hosts.VisibleAsync(db, comment.Place, actor, cancellationToken), actor, clock.GetUtcNow()),
            cancellationToken);
    }

    internal static async Task<Dialogue> VisibleDialogueAsync(AppDbContext db, DialogueId id, Actor? actor, CancellationToken cancellationToken)
    {
        var dialogue = await db.Dialogues.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        DomainException.ThrowIf(dialogue is null || !DialoguesService.CanSee(dialogue, actor), DomainErrors.NotFound);
        return dialogue!;
    }
}
