using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Files;
using Dialogues.App.Infrastructure.Security;
using Dialogues.Domain.Library;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Library;

/// <summary>A folder as a page shows it: its entries with what is known of their files, and whether the reader manages it.</summary>
public sealed record FolderView(LibraryFolder Folder, IReadOnlyDictionary<AttachmentId, Attachment> Files, bool CanManage);

/// <summary>Folders and the files they hold, as stored: what every reader of a page shares.</summary>
public sealed record LibraryShelf(IReadOnlyList<LibraryFolder> Folders, IReadOnlyDictionary<AttachmentId, Attachment> Files);

/// <summary>The folders of one page, and whether the reader may add one there.</summary>
public sealed record PlaceFolders(IReadOnlyList<FolderView> Folders, bool CanAddMunicipal, bool CanAddOrganisation);

/// <summary>
/// The documents library: folders in an explicit order on the library page and near the top of dialogues, acts,
/// monitored policies and campaigns; files with versions, and video links. Staff keep the municipality's folders,
/// a member an organisation's.
/// </summary>
public sealed class LibraryService(
    IDbContextFactory<AppDbContext> databases,
    CurrentActor currentActor,
    Attachments attachments,
    TimeProvider clock)
{
    /// <summary>
    /// The folders of a page in their order and their files: the same for every reader, so a live event's watchers
    /// share one load (<see cref="FoldersAsync"/> then applies each reader).
    /// </summary>
    public async Task<LibraryShelf> ShelfAsync(LibraryPlace place, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var folders = await db.LibraryFolders.AsNoTracking()
            .Where(f => f.PlaceKind == place.Kind && f.PlaceItemId == place.ItemId)
            .OrderBy(f => f.Position).ThenBy(f => f.CreatedAt)
            .ToListAsync(cancellationToken);
        return new LibraryShelf(folders, await attachments.FindAsync(folders.SelectMany(f => f.Files), cancellationToken));
    }

    /// <summary>One folder and its files, as <see cref="ShelfAsync(LibraryPlace, CancellationToken)"/> for a folder's own page.</summary>
    public async Task<LibraryShelf> ShelfAsync(LibraryFolderId id, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var folders = await db.LibraryFolders.AsNoTracking().Where(f => f.Id == id).ToListAsync(cancellationToken);
        return new LibraryShelf(folders, await attachments.FindAsync(folders.SelectMany(f => f.Files), cancellationToken));
    }

    /// <summary>The folders of a page as the reader sees them, or none when they may not see that page.</summary>
    /// <param name="shelf">The page's folders when already loaded for this event; loaded here otherwise.</param>
    public async Task<PlaceFolders> FoldersAsync(LibraryPlace place, LibraryShelf? shelf = null, CancellationToken cancellationToken = default)
    {
        var reader = await currentActor.FindAsync(cancellationToken);
        await using (var db = await databases.CreateDbContextAsync(cancellationToken))
        {
            if (!await LibraryPlaces.MaySeeAsync(db, place, reader, cancellationToken))
            {
                return new PlaceFolders([], false, false);
            }
        }
        shelf ??= await ShelfAsync(place, cancellationToken);
        return new PlaceFolders(
            shelf.Folders.Select(f => new FolderView(f, shelf.Files, f.MayManage(reader))).ToList(),
            reader is { IsOfficial: true } or { IsAdministrator: true },
            reader is not null && place.Kind == LibraryPlaceKind.Library);
    }

    /// <param name="shelf">The folder when already loaded for this event; loaded here otherwise.</param>
    public async Task<FolderView?> FindAsync(LibraryFolderId id, LibraryShelf? shelf = null, CancellationToken cancellationToken = default)
    {
        var reader = await currentActor.FindAsync(cancellationToken);
        shelf ??= await ShelfAsync(id, cancellationToken);
        if (shelf.Folders.SingleOrDefault(f => f.Id == id) is not { } folder)
        {
            return null;
        }
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await LibraryPlaces.MaySeeAsync(db, folder.Place, reader, cancellationToken)
            ? new FolderView(folder, shelf.Files, folder.MayManage(reader))
            : null;
    }

    /// <param name="organisation">The organisation that keeps the folder; null for the municipality's.</param>
    public async Task<LibraryFolderId> CreateFolderAsync(LibraryPlace place, string? organisation, string? title, string? description, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireToAsync(Participation.Post, cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        DomainException.ThrowIf(!await LibraryPlaces.ExistsAsync(db, place, cancellationToken), DomainErrors.NotFound);
        var position = await db.LibraryFolders.CountAsync(f => f.PlaceKind == place.Kind && f.PlaceItemId == place.ItemId, cancellationToken);
        var folder = LibraryFolder.Create(actor, string.IsNullOrWhiteSpace(organisation) ? null : organisation, place, position, title, description, clock.GetUtcNow());
        db.LibraryFolders.Add(folder);
        await db.SaveChangesAsync(cancellationToken);
        return folder.Id;
    }

    public async Task RenameFolderAsync(LibraryFolderId id, string? title, string? description, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireAsync(cancellationToken);
        await ChangeAsync(id, folder => folder.Rename(actor, title, description, clock.GetUtcNow()), cancellationToken);
    }

    /// <summary>Moves a folder one place up (-1) or down (+1) among its page's folders, numbering them all again in one save.</summary>
    public async Task MoveFolderAsync(LibraryFolderId id, int by, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireAsync(cancellationToken);
        await OptimisticRetry.RunAsync(databases, async db =>
        {
            var place = (await db.LibraryFolders.AsNoTracking().SingleOrNotFoundAsync(f => f.Id == id, cancellationToken)).Place;
            var page = await db.LibraryFolders
                .Where(f => f.PlaceKind == place.Kind && f.PlaceItemId == place.ItemId)
                .OrderBy(f => f.Position).ThenBy(f => f.CreatedAt)
                .ToListAsync(cancellationToken);
            LibraryFolder.Reorder(actor, page, id, by, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }, DomainErrors.ChangedMeanwhile, null, cancellationToken);
    }

    public async Task DeleteFolderAsync(LibraryFolderId id, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireAsync(cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var folder = await db.LibraryFolders.SingleOrNotFoundAsync(f => f.Id == id, cancellationToken);
        DomainException.ThrowIf(!folder.MayManage(actor), DomainErrors.Forbidden);
        DomainException.ThrowIf(folder.Entries.Count > 0, DomainErrors.LibraryFolderNotEmpty);
        db.LibraryFolders.Remove(folder);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Adds a checked file (a document or an image) to the folder.</summary>
    public async Task AddFileAsync(LibraryFolderId id, string? title, string? description, UploadedFile file, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireToAsync(Participation.Post, cancellationToken);
        await EnsureManagesAsync(id, actor, cancellationToken);
        var stored = await attachments.StoreAsync(actor.Id, file, cancellationToken);
        await ChangeAsync(id, folder => folder.AddFile(actor, title, description, stored, clock.GetUtcNow()), cancellationToken);
    }

    /// <summary>A new upload of a file entry; the older one stays in its history.</summary>
    public async Task UploadVersionAsync(LibraryFolderId id, Guid entry, UploadedFile file, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireToAsync(Participation.Post, cancellationToken);
        await EnsureManagesAsync(id, actor, cancellationToken);
        var stored = await attachments.StoreAsync(actor.Id, file, cancellationToken);
        await ChangeAsync(id, folder => folder.UploadVersion(actor, entry, stored, clock.GetUtcNow()), cancellationToken);
    }

    public async Task AddVideoAsync(LibraryFolderId id, string? title, string? description, string? url, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireToAsync(Participation.Post, cancellationToken);
        await ChangeAsync(id, folder => folder.AddVideo(actor, title, description, url, clock.GetUtcNow()), cancellationToken);
    }

    public async Task RenameEntryAsync(LibraryFolderId id, Guid entry, string? title, string? description, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireAsync(cancellationToken);
        await ChangeAsync(id, folder => folder.RenameEntry(actor, entry, title, description, clock.GetUtcNow()), cancellationToken);
    }

    /// <summary>Moves an entry one place up (-1) or down (+1) in its folder.</summary>
    public async Task MoveEntryAsync(LibraryFolderId id, Guid entry, int by, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireAsync(cancellationToken);
        await ChangeAsync(id, folder =>
        {
            var index = folder.Entries.ToList().FindIndex(e => e.EntryId == entry);
            folder.MoveEntry(actor, entry, index + by, clock.GetUtcNow());
        }, cancellationToken);
    }

    public async Task RemoveEntryAsync(LibraryFolderId id, Guid entry, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireAsync(cancellationToken);
        await ChangeAsync(id, folder => folder.RemoveEntry(actor, entry, clock.GetUtcNow()), cancellationToken);
    }

    /// <summary>Refuses before a file is stored, so a refused upload leaves nothing behind.</summary>
    private async Task EnsureManagesAsync(LibraryFolderId id, Actor actor, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var folder = await db.LibraryFolders.AsNoTracking().SingleOrNotFoundAsync(f => f.Id == id, cancellationToken);
        DomainException.ThrowIf(!folder.MayManage(actor), DomainErrors.Forbidden);
    }

    private Task ChangeAsync(LibraryFolderId id, Action<LibraryFolder> change, CancellationToken cancellationToken) =>
        databases.ChangeAsync(db => db.LibraryFolders.SingleOrNotFoundAsync(f => f.Id == id, cancellationToken), change, cancellationToken);
}
