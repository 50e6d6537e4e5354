using Dialogues.App.Features.ReferenceData;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Items;
using Dialogues.Domain.Notifications;
using Dialogues.Domain.Shared;
using Microsoft.Extensions.Localization;

namespace Dialogues.App.Features.Notifications;

/// <summary>Something that can be followed, as a follower sees it.</summary>
public sealed record FollowableItem(string Title, string Link);

/// <summary>
/// One kind of followable item (dialogues, recommendations ...). A feature declares it on its item kind
/// (<c>services.AddItemKind(...).Followed()</c>); items that do not exist or are not public are simply not returned.
/// </summary>
public interface IFollowableKind
{
    ItemKind Kind { get; }

    Task<IReadOnlyDictionary<Guid, FollowableItem>> FindAsync(AppDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);
}

/// <summary>All followable kinds, areas and settlements included, behind one lookup.</summary>
public sealed class Followables(IEnumerable<IFollowableKind> kinds, ReferenceCatalog catalog, IStringLocalizer<NotificationText> text)
{
    private readonly Dictionary<ItemKind, IFollowableKind> _kinds = kinds.ToDictionary(k => k.Kind);

    public string OtherTitle => text["Digest.Other"];

    public async Task<IReadOnlyDictionary<FollowTarget, FollowableItem>> FindAsync(AppDbContext db, IEnumerable<FollowTarget> targets, CancellationToken cancellationToken = default)
    {
        var found = new Dictionary<FollowTarget, FollowableItem>();
        var reference = await catalog.GetAsync();
        foreach (var group in targets.Distinct().GroupBy(t => t.Kind))
        {
            switch (group.Key)
            {
                case ItemKind.PolicyArea:
                    foreach (var area in reference.ActivePolicyAreas.Where(a => group.Any(t => t.Id == a.Id.Value)))
                    {
                        found[new FollowTarget(group.Key, area.Id.Value)] = new FollowableItem(area.Name, $"dialogues?area={area.Id.Value}");
                    }
                    break;
                case ItemKind.Settlement:
                    foreach (var settlement in reference.ActiveSettlements.Where(s => group.Any(t => t.Id == s.Id.Value)))
                    {
                        found[new FollowTarget(group.Key, settlement.Id.Value)] = new FollowableItem(settlement.Name, $"dialogues?settlement={settlement.Id.Value}");
                    }
                    break;
                default:
                    if (_kinds.TryGetValue(group.Key, out var kind))
                    {
                        foreach (var (id, item) in await kind.FindAsync(db, group.Select(t => t.Id).ToList(), cancellationToken))
                        {
                            found[new FollowTarget(group.Key, id)] = item;
                        }
                    }
                    break;
            }
        }
        return found;
    }
}

public static class FollowableRegistration
{
    /// <summary>Lets people follow items of the kind; a follower sees the card's title and link while the item is public.</summary>
    public static ItemKindBuilder Followed(this ItemKindBuilder kind)
    {
        kind.Services.AddSingleton<IFollowableKind>(new DescribedFollowable(kind.Kind));
        return kind;
    }

    private sealed class DescribedFollowable(IItemKind item) : IFollowableKind
    {
        public ItemKind Kind => item.Kind;

        public async Task<IReadOnlyDictionary<Guid, FollowableItem>> FindAsync(AppDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
            (await item.CardsAsync(db, ids, cancellationToken)).Where(c => c.IsPublic).ToDictionary(c => c.Id, c => new FollowableItem(c.Title, c.Link));
    }
}
