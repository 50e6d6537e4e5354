using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Files;
using Dialogues.App.Infrastructure.Security;
using Dialogues.Domain.Library;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Library;

/// <summary>A folder as a page shows it: its entries with what is known of their files, whether the reader manages it, and who the reader is.</summary>
public sealed record FolderView(LibraryFolder Folder, IReadOnlyDictionary<AttachmentId, Attachment> Files, bool CanManage, Actor? Reader);

/// <summary>Folders, the files they hold and who may see their place, as stored: what every reader of a page shares.</summary>
public sealed record LibraryShelf(LibraryPlace Place, IReadOnlyList<LibraryFolder> Folders, IReadOnlyDictionary<AttachmentId, Attachment> Files, PlaceAccess Access);

/// <summary>The folders of one page, whether the reader may add one there, and who the reader is (for live updates).</summary>
public sealed record PlaceFolders(IReadOnlyList<FolderView> Folders, bool CanAddMunicipal, bool CanAddOrganisation, Actor? Reader);

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
    /// The folders of a page in their order, their files and who may see the page: the same for every reader, so a
    /// live event's watchers share one load and <see cref="Folders"/> applies each reader without a query.
    /// </summary>
    public async Task<LibraryShelf> ShelfAsync(LibraryPlace place, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var folders = await db.LibraryFolders.AsNoTracking()
            .Where(f => f.PlaceKind == place.Kind && f.PlaceItemId == place.ItemId)
            .OrderBy(f => f.Position).ThenBy(f => f.CreatedAt)
            .ToListAsync(cancellationToken);
        return new LibraryShelf(place, folders, await attachments.FindAsync(folders.SelectMany(f => f.Files), cancellationToken),
            await LibraryPlaces.AccessAsync(db, place, cancellationToken));
    }

    /// <summary>One folder, its files and who may see its page, as <see cref="ShelfAsync(LibraryPlace, CancellationToken)"/> for a folder's own page.</summary>
    public async Task<LibraryShelf> ShelfAsync(LibraryFolderId id, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var folders = await db.LibraryFolders.AsNoTracking().Where(f => f.Id == id).ToListAsync(cancellationToken);
        var place = folders.Count == 0 ? LibraryPlace.Library : folders[0].Place;
        return new LibraryShelf(place, folders, await attachments.FindAsync(folders.SelectMany(f => f.Files), cancellationToken),
            folders.Count == 0 ? new PlaceAccess(_ => false) : await LibraryPlaces.AccessAsync(db, place, cancellationToken));
    }

    /// <summary>The folders of a page as the reader sees them, or none when they may not see that page.</summary>
    public async Task<PlaceFolders> FoldersAsync(LibraryPlace place, CancellationToken cancellationToken = default) =>
        Folders(await currentActor.FindAsync(cancellationToken), await ShelfAsync(place, cancellationToken));

    /// <summary>A shelf as one reader sees it; no query, so every watcher of a live event can run it.</summary>
    public static PlaceFolders Folders(Actor? reader, LibraryShelf shelf) => shelf.Access.MaySee(reader)
        ? new PlaceFolders(
            shelf.Folders.Select(f => new FolderView(f, shelf.Files, f.MayManage(reader), reader)).ToList(),
            reader is { IsOfficial: true } or { IsAdministrator: true },
            reader is not null && shelf.Place.Kind == LibraryPlaceKind.Library,
            reader)
        : new PlaceFolders([], false, false, reader);

    public async Task<FolderView?> FindAsync(LibraryFolderId id, CancellationToken cancellationToken = default) =>
        Folder(await currentActor.FindAsync(cancellationToken), id, await ShelfAsync(id, cancellationToken));

    /// <summary>One folder of a shelf as the reader sees it, or null; no query.</summary>
    public static FolderView? Folder(Actor? reader, LibraryFolderId id, LibraryShelf shelf) =>
        shelf.Folders.SingleOrDefault(f => f.Id == id) is { } folder && shelf.Access.MaySee(reader)
            ? new FolderView(folder, shelf.Files, folder.MayManage(reader), reader)
            : null;

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
