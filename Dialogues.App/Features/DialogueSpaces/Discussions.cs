using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Live;
using Dialogues.Domain.DialogueSpaces;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.DialogueSpaces;

/// <summary>
/// One kind of thing people discuss with comments (dialogues, articles): how the one discussion machinery
/// (<see cref="DiscussionService"/>, <c>DiscussionSection</c>, its notifications and moderation) finds it, names it and
/// links to it. A feature registers its kind with <see cref="DiscussionRegistration.AddDiscussionHost{THost}"/>.
/// </summary>
public interface IDiscussionHost
{
    DiscussionKind Kind { get; }

    /// <summary>What people who take part in its discussion follow, to hear of new comments.</summary>
    ItemKind FollowedAs { get; }

    /// <summary>Its page, relative to the site's base.</summary>
    string Link(Guid id);

    /// <summary>The thing, when this reader may see it; refuses with NotFound otherwise.</summary>
    Task<IDiscussion> VisibleAsync(AppDbContext db, Guid id, Actor? actor, CancellationToken cancellationToken);

    /// <summary>The titles of those among <paramref name="ids"/> that anyone may see now; the others are left out.</summary>
    Task<Dictionary<Guid, string>> PublicTitlesAsync(AppDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);
}

public static class DiscussionTopics
{
    public static LiveTopic Of(DiscussionPlace place) => new($"discussion:{place}");
}

/// <summary>The registered kinds, by kind.</summary>
public sealed class DiscussionHosts(IEnumerable<IDiscussionHost> hosts)
{
    private readonly Dictionary<DiscussionKind, IDiscussionHost> _byKind = hosts.ToDictionary(h => h.Kind);

    public IDiscussionHost Of(DiscussionKind kind) => _byKind[kind];

    public Task<IDiscussion> VisibleAsync(AppDbContext db, DiscussionPlace place, Actor? actor, CancellationToken cancellationToken) =>
        Of(place.Kind).VisibleAsync(db, place.Id, actor, cancellationToken);
}

public static class DiscussionRegistration
{
    public static IServiceCollection AddDiscussionHost<THost>(this IServiceCollection services)
        where THost : class, IDiscussionHost
    {
        services.AddSingleton<IDiscussionHost, THost>();
        return services;
    }
}

/// <summary>Dialogues' discussions: a dialogue's comments take a stance, and the stance bar sums them up.</summary>
internal sealed class DialogueDiscussions : IDiscussionHost
{
    public DiscussionKind Kind => DiscussionKind.Dialogue;

    public ItemKind FollowedAs => ItemKind.Dialogue;

    public string Link(Guid id) => $"dialogues/{id}";

    public async Task<IDiscussion> VisibleAsync(AppDbContext db, Guid id, Actor? actor, CancellationToken cancellationToken) =>
        await DiscussionService.VisibleDialogueAsync(db, new DialogueId(id), actor, cancellationToken);

    public async Task<Dictionary<Guid, string>> PublicTitlesAsync(AppDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Select(id => new DialogueId(id)).ToList();
        return await db.Dialogues.AsNoTracking()
            .Where(d => wanted.Contains(d.Id) && d.Approval == DialogueApproval.Approved && d.PublishedAt != null && d.HiddenAt == null)
            .Select(d => new { d.Id, d.Title })
            .ToDictionaryAsync(d => d.Id.Value, d => d.Title, cancellationToken);
    }
}
