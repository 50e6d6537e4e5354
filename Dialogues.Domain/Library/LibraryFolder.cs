using Dialogues.Domain.DialogueSpaces;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;

namespace Dialogues.Domain.Library;

public readonly record struct LibraryFolderId(Guid Value) : IEntityId<LibraryFolderId>
{
    public static LibraryFolderId From(Guid value) => new(value);

    public static LibraryFolderId New() => new(Guid.NewGuid());

    public override string ToString() => Value.ToString();
}

/// <summary>The page a folder is shown on, near its top.</summary>
public enum LibraryPlaceKind
{
    /// <summary>The documents library itself.</summary>
    Library,
    Dialogue,
    Act,
    MonitoredPolicy,
    Campaign,
}

/// <summary>Where a folder belongs: the library, or one dialogue, act, monitored policy or campaign.</summary>
public readonly record struct LibraryPlace(LibraryPlaceKind Kind, Guid? ItemId)
{
    public static readonly LibraryPlace Library = new(LibraryPlaceKind.Library, null);

    public static LibraryPlace Of(LibraryPlaceKind kind, Guid item) => new(kind, item);
}

public enum LibraryEntryKind
{
    File,
    Video,
}

/// <summary>One stored upload of a file entry; a new upload keeps the older ones as its history.</summary>
public sealed record FileVersion(AttachmentId File, UserId UploadedBy, DateTimeOffset UploadedAt);

/// <summary>A file (with its versions) or a video link in a folder, with a title and a description.</summary>
public sealed class LibraryEntry
{
    public const int TitleMin = 2, TitleMax = 200, DescriptionMax = 2_000, MaxVersions = 50;

    private readonly List<FileVersion> _versions = [];

    private LibraryEntry() => Title = "";

    /// <summary>Named so, not Id: stored inside its folder's row, an entry has no key of its own there.</summary>
    public Guid EntryId { get; private set; }

    public string Title { get; private set; }

    public string? Description { get; private set; }

    public LibraryEntryKind Kind { get; private set; }

    /// <summary>Oldest first; the last is the current one. Empty for a video.</summary>
    public IReadOnlyList<FileVersion> Versions => _versions;

    public FileVersion? Current => _versions.Count == 0 ? null : _versions[^1];

    /// <summary>The watch address of a video entry, as <see cref="VideoLink"/> parsed it.</summary>
    public string? VideoUrl { get; private set; }

    public VideoLink? Video => VideoUrl is null ? null : VideoLink.Parse(VideoUrl);

    internal static LibraryEntry File(string? title, string? description, FileVersion first) =>
        Named(new LibraryEntry { EntryId = Guid.NewGuid(), Kind = LibraryEntryKind.File, _versions = { first } }, title, description);

    internal static LibraryEntry VideoOf(string? title, string? description, VideoLink video) =>
        Named(new LibraryEntry { EntryId = Guid.NewGuid(), Kind = LibraryEntryKind.Video, VideoUrl = video.WatchUrl }, title, description);

    internal void Rename(string? title, string? description) => Named(this, title, description);

    internal void AddVersion(FileVersion version)
    {
        DomainException.ThrowIf(Kind != LibraryEntryKind.File, DomainErrors.LibraryNotAFile);
        DomainException.ThrowIf(_versions.Count >= MaxVersions, DomainErrors.LibraryTooManyVersions, MaxVersions);
        _versions.Add(version);
    }

    private static LibraryEntry Named(LibraryEntry entry, string? title, string? description)
    {
        entry.Title = Text.Required(title, TitleMin, TitleMax, DomainErrors.LibraryTitleLength);
        entry.Description = Text.Optional(description, DescriptionMax, DomainErrors.LibraryDescriptionLength);
        return entry;
    }
}

/// <summary>
/// A folder of documents and videos (папка). The municipality's folders are managed by staff; an organisation's by
/// the member who made it (until organisations have accounts). Folders of one place have an explicit order, and so
/// do the entries in a folder: the order people see is the order someone chose, not the upload time.
/// </summary>
public sealed class LibraryFolder : AggregateRoot
{
    public const int TitleMin = 2, TitleMax = 200, DescriptionMax = 2_000, OrganisationMax = 150, MaxEntries = 200;

    private readonly List<LibraryEntry> _entries = [];
    private readonly List<AttachmentId> _files = [];

    private LibraryFolder() => Title = "";

    public LibraryFolderId Id { get; private set; }

    public string Title { get; private set; }

    public string? Description { get; private set; }

    public LibraryPlaceKind PlaceKind { get; private set; }

    /// <summary>The dialogue, act, policy or campaign it is shown on; null in the library.</summary>
    public Guid? PlaceItemId { get; private set; }

    public LibraryPlace Place => new(PlaceKind, PlaceItemId);

    /// <summary>Its place among the folders of the same page, from 0.</summary>
    public int Position { get; private set; }

    /// <summary>The organisation that keeps it; null for the municipality's own folders.</summary>
    public string? Organisation { get; private set; }

    public UserId CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>In the order people see them.</summary>
    public IReadOnlyList<LibraryEntry> Entries => _entries;

    /// <summary>Every upload the folder holds, old versions included: the files are as public as the folder.</summary>
    public IReadOnlyList<AttachmentId> Files => _files;

    /// <summary>
    /// Staff make the municipality's folders anywhere; anyone taking part makes an organisation's folder in the library
    /// (an organisation's folder on a dialogue or act would speak on that page for the municipality).
    /// </summary>
    public static LibraryFolder Create(Actor creator, string? organisation, LibraryPlace place, int position, string? title, string? description, DateTimeOffset now)
    {
        var forOrganisation = organisation is not null;
        DomainException.ThrowIf(!forOrganisation && !(creator.IsOfficial || creator.IsAdministrator), DomainErrors.Forbidden);
        DomainException.ThrowIf(forOrganisation && place.Kind != LibraryPlaceKind.Library, DomainErrors.Forbidden);
        DomainException.ThrowIf(place.Kind == LibraryPlaceKind.Library != (place.ItemId is null), DomainErrors.NotFound);
        var folder = new LibraryFolder
        {
            Id = LibraryFolderId.New(),
            PlaceKind = place.Kind,
            PlaceItemId = place.ItemId,
            Position = Math.Max(0, position),
            Organisation = forOrganisation ? Text.Required(organisation, 2, OrganisationMax, DomainErrors.LibraryOrganisationLength) : null,
            CreatedBy = creator.Id,
            CreatedAt = now,
        };
        folder.Describe(title, description, now);
        folder.Raise(new LibraryFolderChanged(folder.Id, place));
        return folder;
    }

    public bool MayManage(Actor? actor) => actor is not null && (actor.IsAdministrator
        || (Organisation is null ? actor.IsOfficial : actor.Id == CreatedBy));

    public void Rename(Actor editor, string? title, string? description, DateTimeOffset now)
    {
        EnsureMayManage(editor);
        Describe(title, description, now);
        Raise(new LibraryFolderChanged(Id, Place));
    }

    /// <summary>
    /// Moves one folder up or down among a page's folders (<paramref name="page"/>, in their current order) and
    /// numbers them all again. The order is the page's, so staff set it, whoever keeps each folder.
    /// </summary>
    public static void Reorder(Actor editor, List<LibraryFolder> page, LibraryFolderId moved, int by, DateTimeOffset now)
    {
        DomainException.ThrowIf(!(editor.IsOfficial || editor.IsAdministrator), DomainErrors.Forbidden);
        var folder = page.SingleOrDefault(f => f.Id == moved) ?? throw new DomainException(DomainErrors.NotFound);
        var index = page.IndexOf(folder);
        page.RemoveAt(index);
        page.Insert(Math.Clamp(index + by, 0, page.Count), folder);
        for (var position = 0; position < page.Count; position++)
        {
            if (page[position].Position != position)
            {
                (page[position].Position, page[position].UpdatedAt) = (position, now);
                page[position].Raise(new LibraryFolderChanged(page[position].Id, page[position].Place));
            }
        }
    }

    public LibraryEntry AddFile(Actor editor, string? title, string? description, AttachmentId file, DateTimeOffset now)
    {
        EnsureRoom(editor);
        var entry = LibraryEntry.File(title, description, new FileVersion(file, editor.Id, now));
        _files.Add(file);
        return Added(entry, now);
    }

    public LibraryEntry AddVideo(Actor editor, string? title, string? description, string? url, DateTimeOffset now)
    {
        EnsureRoom(editor);
        var entry = LibraryEntry.VideoOf(title, description, VideoLink.Parse(url ?? ""));
        return Added(entry, now);
    }

    /// <summary>A new upload of a file entry; the older uploads stay in its history.</summary>
    public void UploadVersion(Actor editor, Guid entry, AttachmentId file, DateTimeOffset now)
    {
        EnsureMayManage(editor);
        Find(entry).AddVersion(new FileVersion(file, editor.Id, now));
        _files.Add(file);
        Changed(now);
    }

    /// <summary>Corrects an entry's title and description; its files and place stay.</summary>
    public void RenameEntry(Actor editor, Guid entry, string? title, string? description, DateTimeOffset now)
    {
        EnsureMayManage(editor);
        Find(entry).Rename(title, description);
        Changed(now);
    }

    /// <summary>Moves an entry up or down the folder's order.</summary>
    public void MoveEntry(Actor editor, Guid entry, int index, DateTimeOffset now)
    {
        EnsureMayManage(editor);
        var moved = Find(entry);
        _entries.Remove(moved);
        _entries.Insert(Math.Clamp(index, 0, _entries.Count), moved);
        Changed(now);
    }

    public void RemoveEntry(Actor editor, Guid entry, DateTimeOffset now)
    {
        EnsureMayManage(editor);
        var removed = Find(entry);
        _entries.Remove(removed);
        _files.RemoveAll(f => removed.Versions.Any(v => v.File == f));
        Changed(now);
    }

    private LibraryEntry Added(LibraryEntry entry, DateTimeOffset now)
    {
        _entries.Add(entry);
        Changed(now);
        return entry;
    }

    private void EnsureRoom(Actor editor)
    {
        EnsureMayManage(editor);
        DomainException.ThrowIf(_entries.Count >= MaxEntries, DomainErrors.LibraryFolderFull, MaxEntries);
    }

    private LibraryEntry Find(Guid entry) => _entries.SingleOrDefault(e => e.EntryId == entry) ?? throw new DomainException(DomainErrors.NotFound);

    private void Changed(DateTimeOffset now)
    {
        UpdatedAt = now;
        Raise(new LibraryFolderChanged(Id, Place));
    }

    private void Describe(string? title, string? description, DateTimeOffset now)
    {
        Title = Text.Required(title, TitleMin, TitleMax, DomainErrors.LibraryTitleLength);
        Description = Text.Optional(description, DescriptionMax, DomainErrors.LibraryDescriptionLength);
        UpdatedAt = now;
    }

    private void EnsureMayManage(Actor editor) => DomainException.ThrowIf(!MayManage(editor), DomainErrors.Forbidden);
}

/// <summary>A folder or its entries changed: the page it belongs to shows it again.</summary>
public sealed record LibraryFolderChanged(LibraryFolderId FolderId, LibraryPlace Place) : IDomainEvent;
