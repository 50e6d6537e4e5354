using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Events;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.Notifications;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Notifications;

/// <summary>
/// Something to tell one person. <see cref="Mandatory"/> marks a legal communication (a decision to its submitter):
/// it is emailed at once whatever the person's preferences. <see cref="Template"/> names texts in NotificationText.resx
/// (<c>Template.Title</c>); <see cref="Arguments"/> fill their placeholders.
/// </summary>
public sealed record NotificationDraft(
    UserId Recipient,
    NotificationKind Kind,
    string Template,
    IReadOnlyList<string> Arguments,
    string Link,
    ContentRef Subject,
    FollowTarget? Group = null,
    bool Mandatory = false);

/// <summary>
/// What a feature does with its events for notifications: who to tell, and who starts following what.
/// Each feature registers one implementation; that is all it takes to plug in.
/// </summary>
public interface INotificationRules
{
    Task ApplyAsync(IReadOnlyList<IDomainEvent> events, NotificationContext context);
}

/// <summary>The pending notifications and follows of one save, with the queries rules need.</summary>
public sealed class NotificationContext(AppDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
{
    internal List<NotificationDraft> Drafts { get; } = [];

    internal List<(UserId User, FollowTarget Target)> AutoFollows { get; } = [];

    public DateTimeOffset Now => now;

    public CancellationToken CancellationToken => cancellationToken;

    public AppDbContext Db => db;

    public void Notify(NotificationDraft draft) => Drafts.Add(draft);

    public void Notify(IEnumerable<UserId> recipients, Func<UserId, NotificationDraft> draft)
    {
        foreach (var recipient in recipients)
        {
            Drafts.Add(draft(recipient));
        }
    }

    /// <summary>
    /// The aggregates the rules need, as this save leaves them: the rules run before its rows are written, so one added
    /// or changed in it is taken from the context, and only the others are read from the database.
    /// </summary>
    public async Task<Dictionary<TKey, TEntity>> AsSavedAsync<TEntity, TKey>(
        IEnumerable<TKey> ids, Func<TEntity, TKey> key, Func<IQueryable<TEntity>, List<TKey>, IQueryable<TEntity>> stored)
        where TEntity : class
        where TKey : notnull
    {
        var wanted = ids.ToHashSet();
        var found = db.Set<TEntity>().Local.Where(e => wanted.Contains(key(e))).ToDictionary(key);
        var missing = wanted.Where(id => !found.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            foreach (var entity in await stored(db.Set<TEntity>().AsNoTracking(), missing).ToListAsync(cancellationToken))
            {
                found[key(entity)] = entity;
            }
        }
        return found;
    }

    /// <summary>The person follows the item from now on, because they took part in it.</summary>
    public void Follow(UserId user, FollowTarget target) => AutoFollows.Add((user, target));

    public async Task<IReadOnlyList<UserId>> FollowersAsync(params FollowTarget[] targets)
    {
        var wanted = targets.ToList();
        var kinds = wanted.Select(t => t.Kind).Distinct().ToList();
        var ids = wanted.Select(t => t.Id).Distinct().ToList();
        var follows = await db.Follows.AsNoTracking()
            .Where(f => kinds.Contains(f.TargetKind) && ids.Contains(f.TargetId))
            .Select(f => new { f.UserId, f.TargetKind, f.TargetId })
            .ToListAsync(cancellationToken);
        return follows.Where(f => wanted.Contains(new FollowTarget(f.TargetKind, f.TargetId))).Select(f => f.UserId).Distinct().ToList();
    }
}

/// <summary>
/// Runs every feature's notification rules inside the save that raised the events, so notification rows,
/// outbox emails and follows commit together with the change, or not at all.
/// </summary>
internal sealed class NotificationsBeforeCommit(IEnumerable<INotificationRules> rules, NotificationWriter writer, TimeProvider clock) : IBeforeCommitHandler
{
    public SaveStage Stage => SaveStage.Notify;

    public async Task BeforeCommitAsync(AppDbContext db, IReadOnlyList<IDomainEvent> events, CancellationToken cancellationToken)
    {
        var context = new NotificationContext(db, clock.GetUtcNow(), cancellationToken);
        foreach (var rule in rules)
        {
            await rule.ApplyAsync(events, context);
        }
        await NotificationWriter.WriteFollowsAsync(db, context.AutoFollows, context.Now, cancellationToken);
        await writer.WriteAsync(db, context.Drafts, HiddenBy(events), context.Now, cancellationToken);
    }

    /// <summary>What this save leaves hidden (screening held a first post, a moderator hid an item).</summary>
    private static HashSet<ContentRef> HiddenBy(IReadOnlyList<IDomainEvent> events) => events
        .OfType<ContentVisibilityChanged>()
        .GroupBy(change => change.Item)
        .Where(changes => changes.Last().Hidden)
        .Select(changes => new ContentRef(changes.Key.Kind, changes.Key.Id))
        .ToHashSet();
}

/// <summary>Tells after the commit whose notification bell changed.</summary>
public sealed record NotificationsArrived(IReadOnlyList<UserId> Recipients) : IDomainEvent;
