using System.Linq.Expressions;
using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;

namespace Dialogues.App.Infrastructure.Items;

/// <summary>
/// What the platform shows of one item wherever items of many kinds are listed together: the moderation queue, a
/// person's follows. <paramref name="IsHidden"/>: a moderator keeps it out of view. <paramref name="IsPublic"/>: anyone
/// may see it now (published, approved, not hidden).
/// </summary>
public sealed record ItemCard(Guid Id, UserId? Author, string Title, string Text, string Link, bool IsHidden, bool IsPublic);

/// <summary>
/// One kind of item as the rest of the platform sees it, registered once by the feature that owns it
/// (<see cref="ItemKindRegistration.AddItemKind{TEntity, TId}(IServiceCollection, ItemKind, Expression{Func{TEntity, ItemCard}})"/>).
/// Moderation, follows and the names shown for kinds are built from it.
/// </summary>
public interface IItemKind
{
    ItemKind Kind { get; }

    /// <summary>The item, tracked by <paramref name="db"/>, to change; null if it does not exist.</summary>
    Task<object?> FindAsync(AppDbContext db, Guid id, CancellationToken cancellationToken);

    /// <summary>Cards for the items among <paramref name="ids"/> that exist, in one query.</summary>
    Task<IReadOnlyList<ItemCard>> CardsAsync(AppDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);
}

/// <summary>A kind stored as one entity set, looked up by its key property <c>Id</c>.</summary>
internal sealed class EntityKind<TEntity, TKey>(ItemKind kind, Func<Guid, TKey> key, Func<AppDbContext, IQueryable<TEntity>, IQueryable<ItemCard>> cards)
    : IItemKind where TEntity : class
{
    public ItemKind Kind => kind;

    public async Task<object?> FindAsync(AppDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Set<TEntity>().FindAsync([key(id)], cancellationToken);

    public async Task<IReadOnlyList<ItemCard>> CardsAsync(AppDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }
        var wanted = ids.Select(key).ToList();
        var items = db.Set<TEntity>().AsNoTracking().Where(e => wanted.Contains(EF.Property<TKey>(e, "Id")));
        return await cards(db, items).ToListAsync(cancellationToken);
    }
}

/// <summary>
/// The kind a feature just registered; its name and what moderation and follows need are added to it
/// (<c>.Named&lt;CampaignsText&gt;()</c>, <c>.Moderated(...)</c>, <c>.Followed()</c>).
/// </summary>
public sealed class ItemKindBuilder(IServiceCollection services, IItemKind kind)
{
    public IServiceCollection Services => services;

    public IItemKind Kind => kind;

    /// <summary>The kind's name is "Kind.{kind}" in <typeparamref name="TText"/>'s resources.</summary>
    public ItemKindBuilder Named<TText>()
    {
        services.AddItemKindName<TText>(kind.Kind);
        return this;
    }
}

public static class ItemKindRegistration
{
    /// <summary>Registers a kind whose card comes from its own row.</summary>
    public static ItemKindBuilder AddItemKind<TEntity, TId>(this IServiceCollection services, ItemKind kind, Expression<Func<TEntity, ItemCard>> card)
        where TEntity : class where TId : struct, IEntityId<TId> =>
        services.AddItemKind<TEntity, TId>(kind, (_, items) => items.Select(card));

    /// <summary>Registers a kind whose card also needs other rows (a comment shows its dialogue's title).</summary>
    public static ItemKindBuilder AddItemKind<TEntity, TId>(this IServiceCollection services, ItemKind kind, Func<AppDbContext, IQueryable<TEntity>, IQueryable<ItemCard>> cards)
        where TEntity : class where TId : struct, IEntityId<TId> =>
        services.Add(new EntityKind<TEntity, TId>(kind, TId.From, cards));

    /// <summary>Registers a kind keyed by a plain <see cref="Guid"/>.</summary>
    public static ItemKindBuilder AddItemKind<TEntity>(this IServiceCollection services, ItemKind kind, Func<AppDbContext, IQueryable<TEntity>, IQueryable<ItemCard>> cards)
        where TEntity : class =>
        services.Add(new EntityKind<TEntity, Guid>(kind, id => id, cards));

    /// <summary>
    /// Names kinds from a feature's texts: "Kind.{kind}" in <typeparamref name="TText"/>'s resources, a noun as it
    /// starts a label ("Събитие"). For kinds that are not one entity set (areas, settlements, profiles).
    /// </summary>
    public static IServiceCollection AddItemKindName<TText>(this IServiceCollection services, params ItemKind[] kinds)
    {
        foreach (var kind in kinds)
        {
            services.AddSingleton(new ItemKindName(kind, typeof(TText)));
        }
        services.TryAddSingleton<ItemKindNames>();
        return services;
    }

    private static ItemKindBuilder Add(this IServiceCollection services, IItemKind kind)
    {
        services.AddSingleton(kind);
        return new ItemKindBuilder(services, kind);
    }
}

/// <summary>Where a kind's name is written.</summary>
public sealed record ItemKindName(ItemKind Kind, Type Texts);

/// <summary>The name of every kind in the current culture, from the texts of the feature that owns it.</summary>
public sealed class ItemKindNames(IEnumerable<ItemKindName> names, IStringLocalizerFactory localizers)
{
    private readonly Dictionary<ItemKind, IStringLocalizer> _texts = names.ToDictionary(n => n.Kind, n => localizers.Create(n.Texts));

    public bool Knows(ItemKind kind) => _texts.ContainsKey(kind);

    /// <summary>The name as a label starts ("Събитие").</summary>
    public string Of(ItemKind kind) => _texts.TryGetValue(kind, out var texts) ? texts[$"Kind.{kind}"] : kind.ToString();

    /// <summary>The name inside a sentence or after a title ("събитие").</summary>
    public string InSentence(ItemKind kind)
    {
        var name = Of(kind);
        return name.Length == 0 ? name : char.ToLower(name[0], System.Globalization.CultureInfo.CurrentUICulture) + name[1..];
    }
}
