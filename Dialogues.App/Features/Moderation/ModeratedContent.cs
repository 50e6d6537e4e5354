using Microsoft.EntityFrameworkCore;
using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;

namespace Dialogues.App.Features.Moderation;

/// <summary>What moderators see of an item in the queue: enough to judge it, and a link to it in context.</summary>
public sealed record ModeratedItem(ContentKey Key, UserId AuthorId, string Title, string Text, string Link, bool IsHidden);

/// <summary>A piece of content that was just created or edited, for pre-moderation and the word list.</summary>
public sealed record WrittenContent(ContentKey Key, bool IsNew);

/// <summary>
/// One kind of user content that can be flagged and moderated. A feature registers one implementation per kind
/// with <see cref="ModeratedContentRegistration.AddModeratedContent{TKind}"/>; that is all a new kind needs.
/// </summary>
public interface IModeratedContentKind
{
    /// <summary>The stable name stored with flags and cases, e.g. "Comment".</summary>
    ItemKind Kind { get; }

    /// <summary>Whether new items of this kind wait for approval when their author is new (see the pre-moderation setting).</summary>
    bool PreModerates => true;

    /// <summary>The item, tracked by <paramref name="db"/>, to act on; null if it does not exist.</summary>
    Task<IModeratable?> LoadAsync(AppDbContext db, Guid id, CancellationToken cancellationToken);

    /// <summary>What the queue shows of these items, in one query.</summary>
    Task<IReadOnlyList<ModeratedItem>> PreviewAsync(AppDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>The items of this kind an event says were created or edited.</summary>
    IEnumerable<WrittenContent> Written(IDomainEvent domainEvent);
}

/// <summary>The registered kinds, by name.</summary>
public sealed class ModeratedContent(IEnumerable<IModeratedContentKind> kinds)
{
    private readonly Dictionary<ItemKind, IModeratedContentKind> _kinds = kinds.ToDictionary(k => k.Kind);

    public IReadOnlyCollection<IModeratedContentKind> All => _kinds.Values;

    public IModeratedContentKind Of(ItemKind kind) =>
        _kinds.GetValueOrDefault(kind) ?? throw new DomainException(DomainErrors.NotFound);

    public bool Knows(ItemKind kind) => _kinds.ContainsKey(kind);

    /// <summary>Previews for items of any kinds: one query per kind present.</summary>
    public async Task<IReadOnlyDictionary<ContentKey, ModeratedItem>> PreviewAsync(AppDbContext db, IEnumerable<ContentKey> items, CancellationToken cancellationToken)
    {
        var result = new Dictionary<ContentKey, ModeratedItem>();
        foreach (var group in items.Distinct().GroupBy(i => i.Kind).Where(g => Knows(g.Key)))
        {
            foreach (var preview in await Of(group.Key).PreviewAsync(db, group.Select(i => i.Id).ToList(), cancellationToken))
            {
                result[preview.Key] = preview;
            }
        }
        return result;
    }
}

public static class ModeratedContentRegistration
{
    public static IServiceCollection AddModeratedContent<TKind>(this IServiceCollection services)
        where TKind : class, IModeratedContentKind =>
        services.AddSingleton<IModeratedContentKind, TKind>();
}

/// <summary>Who took a hidden item out of view: the platform by itself (enough flags) or a moderator.</summary>
public static class HideOrigins
{
    /// <summary>The items among <paramref name="hiddenIds"/> whose hide in force is the platform's own, not yet reviewed.</summary>
    public static async Task<IReadOnlySet<Guid>> AutomaticAsync(AppDbContext db, ItemKind kind, IReadOnlyCollection<Guid> hiddenIds, CancellationToken cancellationToken)
    {
        if (hiddenIds.Count == 0)
        {
            return new HashSet<Guid>();
        }
        var hides = await db.ModerationDecisions.AsNoTracking()
            .Where(d => d.ItemKind == kind && hiddenIds.Contains(d.ItemId) && d.LiftedAt == null
                && (d.Action == ModerationActionKind.Hide || d.Action == ModerationActionKind.AutoHide))
            .Select(d => new { d.ItemId, d.Action, d.DecidedAt })
            .ToListAsync(cancellationToken);
        return hides.GroupBy(h => h.ItemId)
            .Where(g => g.MaxBy(h => h.DecidedAt)!.Action == ModerationActionKind.AutoHide)
            .Select(g => g.Key)
            .ToHashSet();
    }
}
