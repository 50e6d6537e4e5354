using System.Net;
using Dialogues.App.Features.Library;
using Dialogues.App.Infrastructure.Files;
using Dialogues.Domain.Library;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Dialogues.Tests.Features.Acts;
using Dialogues.Tests.Infrastructure.Files;
using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.Tests.Features.Library;

/// <summary>Folders, versions and who sees the files, on the server with the real database and the file endpoint.</summary>
public class LibraryRulesTests(AppHost host) : IClassFixture<AppHost>
{
    private static async Task<UploadedFile> PdfAsync(ActingScope scope, string name = "byudzhet.pdf") =>
        await scope.Get<Attachments>().ReadAsync(AttachmentKind.Document, name, new MemoryStream(AttachmentsTests.Pdf));

    [Fact]
    public async Task ANewVersion_KeepsTheOldOneServed_AndTheFolderStaysInItsOrder()
    {
        var official = await host.CreateUserAsync(roles: [Role.Official], department: (await host.Db().Departments.FirstAsync()).Id);
        await using var scope = host.As(official);
        var library = scope.Get<LibraryService>();
        var first = await library.CreateFolderAsync(LibraryPlace.Library, null, "Папка за версии", null);
        var second = await library.CreateFolderAsync(LibraryPlace.Library, null, "Втора папка за версии", null);
        await library.AddFileAsync(first, "Бюджет 2026", "Проект", await PdfAsync(scope));
        var entry = (await library.FindAsync(first))!.Folder.Entries.Single().EntryId;

        await library.UploadVersionAsync(first, entry, await PdfAsync(scope, "byudzhet-v2.pdf"));
        await library.MoveFolderAsync(second, -1);

        var view = (await library.FindAsync(first))!;
        var versions = view.Folder.Entries.Single().Versions;
        Assert.Equal(2, versions.Count);
        Assert.All(versions, v => Assert.True(view.Files.ContainsKey(v.File)));
        var titles = (await library.FoldersAsync(LibraryPlace.Library)).Folders.Select(f => f.Folder.Title).ToList();
        Assert.True(titles.IndexOf("Втора папка за версии") < titles.IndexOf("Папка за версии"));
        using var http = new HttpClient();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(host.Url(Attachments.UrlOf(versions[0].File)))).StatusCode);
    }

    [Fact]
    public async Task AResident_KeepsOnlyAnOrganisationsFolder_AndCannotTouchTheMunicipalitys()
    {
        var official = await host.CreateUserAsync(roles: [Role.Official], department: (await host.Db().Departments.FirstAsync()).Id);
        var resident = await host.CreateUserAsync();
        LibraryFolderId municipal;
        await using (var scope = host.As(official))
        {
            municipal = await scope.Get<LibraryService>().CreateFolderAsync(LibraryPlace.Library, null, "Стратегии", null);
        }

        await using var own = host.As(resident);
        var library = own.Get<LibraryService>();
        var refused = await Assert.ThrowsAsync<DomainException>(() => library.CreateFolderAsync(LibraryPlace.Library, null, "Моята папка", null));
        var touch = await Assert.ThrowsAsync<DomainException>(async () => await library.AddFileAsync(municipal, "Чужд файл", null, await PdfAsync(own)));
        var theirs = await library.CreateFolderAsync(LibraryPlace.Library, "Читалище „Христо Ботев 1884“", "Отчети на читалището", null);
        await library.AddVideoAsync(theirs, "Концерт", null, "https://vimeo.com/76979871");

        var entry = (await library.FindAsync(theirs))!.Folder.Entries[0].EntryId;
        var badTitle = await Assert.ThrowsAsync<DomainException>(() => library.RenameEntryAsync(theirs, entry, " ", "Празно заглавие"));
        await library.RenameEntryAsync(theirs, entry, "Коледен концерт 2026", "Записът на концерта в читалището");
        await using (var staff = host.As(official))
        {
            // An organisation's folder is its own: staff of the municipality do not rename what is in it.
            var notTheirs = await Assert.ThrowsAsync<DomainException>(() => staff.Get<LibraryService>().RenameEntryAsync(theirs, entry, "Чуждо", null));
            Assert.Equal(DomainErrors.Forbidden, notTheirs.Code);
        }

        Assert.Equal([DomainErrors.Forbidden, DomainErrors.Forbidden, DomainErrors.LibraryTitleLength], [refused.Code, touch.Code, badTitle.Code]);
        var folder = (await library.FindAsync(theirs))!;
        Assert.True(folder.CanManage);
        Assert.Equal(("Коледен концерт 2026", "Записът на концерта в читалището", LibraryEntryKind.Video),
            (folder.Folder.Entries[0].Title, folder.Folder.Entries[0].Description, folder.Folder.Entries[0].Kind));
        await using var db = host.Db();
        Assert.Empty((await db.LibraryFolders.SingleAsync(f => f.Id == municipal)).Entries);
        Assert.False(await db.Attachments.AnyAsync(a => a.UploadedBy == resident.Id), "a refused upload stores nothing");
    }

    [Fact]
    public async Task ADraftActsFolder_AndItsFiles_AreSeenOnlyByThoseWhoMayChangeTheAct()
    {
        var cast = await ActsCast.CreateAsync(host);
        AttachmentId file;
        LibraryPlace place;
        await using (var scope = host.As(cast.Official))
        {
            var act = await scope.Get<Dialogues.App.Features.Acts.ActsService>().CreateAsync(cast.Draft(host, title: "Наредба за библиотеката"));
            place = LibraryPlace.Of(LibraryPlaceKind.Act, act.Value);
            var library = scope.Get<LibraryService>();
            var folder = await library.CreateFolderAsync(place, null, "Материали към наредбата", null);
            await library.AddFileAsync(folder, "Мотиви", null, await PdfAsync(scope));
            file = (await library.FindAsync(folder))!.Folder.Files.Single();
            Assert.Single((await library.FoldersAsync(place)).Folders);
        }

        await using var guest = host.As(null);
        var guestLibrary = guest.Get<LibraryService>();
        Assert.Empty((await guestLibrary.FoldersAsync(place)).Folders);
        // A live event's shared load holds the folder; each watcher is still checked before seeing it.
        var shared = await guestLibrary.ShelfAsync(place);
        Assert.Single(shared.Folders);
        Assert.Empty(LibraryService.Folders(null, shared).Folders);
        Assert.Null(LibraryService.Folder(null, shared.Folders[0].Id, await guestLibrary.ShelfAsync(shared.Folders[0].Id)));
        using var http = new HttpClient();
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(host.Url(Attachments.UrlOf(file)))).StatusCode);
    }
}
