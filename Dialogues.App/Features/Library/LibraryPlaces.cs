using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Files;
using Dialogues.Domain.Acts;
using Dialogues.Domain.Campaigns;
using Dialogues.Domain.DialogueSpaces;
using Dialogues.Domain.Library;
using Dialogues.Domain.Monitoring;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Library;

/// <summary>
/// A folder is as visible as the page it belongs to: the library is public; a dialogue's folders are seen when the
/// dialogue is, a draft act's only by those who may change it, a hidden campaign's by its author and moderators.
/// </summary>
internal static class LibraryPlaces
{
    public static async Task<bool> MaySeeAsync(AppDbContext db, LibraryPlace place, Actor? reader, CancellationToken cancellationToken) =>
        (await AccessAsync(db, place, cancellationToken)).MaySee(reader);

    /// <summary>What decides who sees the place, loaded once: a live event's watchers are then each checked without a query.</summary>
    public static async Task<PlaceAccess> AccessAsync(AppDbContext db, LibraryPlace place, CancellationToken cancellationToken)
    {
        if (place.ItemId is not { } item)
        {
            return new PlaceAccess(_ => place.Kind == LibraryPlaceKind.Library);
        }
        switch (place.Kind)
        {
            case LibraryPlaceKind.Dialogue:
                var dialogue = await db.Dialogues.AsNoTracking().Where(d => d.Id == new DialogueId(item)).Select(d => new { d.PublishedAt, d.HiddenAt }).SingleOrDefaultAsync(cancellationToken);
                return new PlaceAccess(reader => dialogue is not null && ((dialogue.PublishedAt is not null && dialogue.HiddenAt is null) || reader is { IsStaff: true }));
            case LibraryPlaceKind.Act:
                var act = await db.Acts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == new ActId(item), cancellationToken);
                return new PlaceAccess(reader => act is not null && (act.PublishedAt is not null || act.MayBeChangedBy(reader)));
            case LibraryPlaceKind.MonitoredPolicy:
                var exists = await db.MonitoredPolicies.AnyAsync(p => p.Id == new PolicyId(item), cancellationToken);
                return new PlaceAccess(_ => exists);
            case LibraryPlaceKind.Campaign:
                var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == new CampaignId(item), cancellationToken);
                return new PlaceAccess(reader => campaign is not null && campaign.IsVisibleTo(reader));
            default:
                return new PlaceAccess(_ => false);
        }
    }

    /// <summary>Whether the item a folder is to be made for exists (and is one staff may add to).</summary>
    public static async Task<bool> ExistsAsync(AppDbContext db, LibraryPlace place, CancellationToken cancellationToken) => place switch
    {
        { Kind: LibraryPlaceKind.Library, ItemId: null } => true,
        { Kind: LibraryPlaceKind.Dialogue, ItemId: { } id } => await db.Dialogues.AnyAsync(d => d.Id == new DialogueId(id), cancellationToken),
        { Kind: LibraryPlaceKind.Act, ItemId: { } id } => await db.Acts.AnyAsync(a => a.Id == new ActId(id), cancellationToken),
        { Kind: LibraryPlaceKind.MonitoredPolicy, ItemId: { } id } => await db.MonitoredPolicies.AnyAsync(p => p.Id == new PolicyId(id), cancellationToken),
        { Kind: LibraryPlaceKind.Campaign, ItemId: { } id } => await db.Campaigns.AnyAsync(c => c.Id == new CampaignId(id), cancellationToken),
        _ => false,
    };
}

/// <summary>Who may see a place's folders, as it stood when loaded.</summary>
public sealed class PlaceAccess(Func<Actor?, bool> maySee)
{
    public bool MaySee(Actor? reader) => maySee(reader);
}

/// <summary>Every version of every file in a folder is as public as the folder's page.</summary>
internal sealed class LibraryFiles : IAttachmentHolder
{
    public async Task<bool?> MaySeeAsync(AppDbContext db, AttachmentId file, Actor? reader, CancellationToken cancellationToken)
    {
        var holder = await db.LibraryFolders.AsNoTracking().Where(f => f.Files.Contains(file))
            .Select(f => new { Kind = f.PlaceKind, ItemId = f.PlaceItemId }).FirstOrDefaultAsync(cancellationToken);
        return holder is null ? null : await LibraryPlaces.MaySeeAsync(db, new LibraryPlace(holder.Kind, holder.ItemId), reader, cancellationToken);
    }
}
