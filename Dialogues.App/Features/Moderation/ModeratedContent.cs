using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Items;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;

namespace Dialogues.App.Features.Moderation;

/// <summary>What moderators see of an item in the queue: enough to judge it, and a link to it in context.</summary>
public sealed record ModeratedItem(ContentKey Key, UserId AuthorId, string Title, string Text, string Link, bool IsHidden);

/// <summary>An item an event says was just created or edited, for pre-moderation and the word list.</summary>
public sealed record Written(Guid Id, bool IsNew)
{
    public static Written New(Guid id) => new(id, IsNew: true);

    public static Written Edited(Guid id) => new(id, IsNew: false);
}

/// <summary>
/// One kind of user content that can be flagged and moderated. A feature declares it on its item kind
/// (<c>services.AddItemKind(...).Moderated(...)</c>); only a kind that is not one entity set (a person's profile)
/// implements this itself, with <see cref="ModeratedContentRegistration.AddModeratedContent{TKind}"/>.
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
    Written? Written(IDomainEvent domainEvent);
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

    /// <summary>
    /// Makes the kind flaggable and moderated. <paramref name="written"/> names the item an event created or edited,
    /// for pre-moderation and the word list; <paramref name="preModerates"/>: whether a new author's items wait for
    /// approval.
    /// </summary>
    public static ItemKindBuilder Moderated(this ItemKindBuilder kind, Func<IDomainEvent, Written?> written, bool preModerates = true)
    {
        kind.Services.AddSingleton<IModeratedContentKind>(new DescribedModeration(kind.Kind, written, preModerates));
        return kind;
    }

    private sealed class DescribedModeration(IItemKind item, Func<IDomainEvent, Written?> written, bool preModerates) : IModeratedContentKind
    {
        public ItemKind Kind => item.Kind;

        public bool PreModerates => preModerates;

        public async Task<IModeratable?> LoadAsync(AppDbContext db, Guid id, CancellationToken cancellationToken) =>
            await item.FindAsync(db, id, cancellationToken) as IModeratable;

        public async Task<IReadOnlyList<ModeratedItem>> PreviewAsync(AppDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
            (await item.CardsAsync(db, ids, cancellationToken))
                .Where(c => c.Author is not null)
                .Select(c => new ModeratedItem(new ContentKey(Kind, c.Id), c.Author!.Value, c.Title, c.Text, c.Link, c.IsHidden))
                .ToList();

        public Written? Written(IDomainEvent domainEvent) => written(domainEvent);
    }
}
