using Dialogues.Domain.Library;
using Dialogues.Domain.Shared;
using static Dialogues.Tests.Domain.Participants.People;

namespace Dialogues.Tests.Domain.Library;

public class LibraryFolderTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static AttachmentId Upload() => new(Guid.NewGuid());

    [Fact]
    public void TheMunicipalitysFolders_AreStaffs_AnOrganisationsAreItsMembers_AndOnlyInTheLibrary()
    {
        var member = Resident();
        var dialogue = Guid.NewGuid();

        Assert.Equal(DomainErrors.Forbidden, Assert.Throws<DomainException>(() =>
            LibraryFolder.Create(member, null, LibraryPlace.Library, 0, "Наредби", null, Now)).Code);
        Assert.Equal(DomainErrors.Forbidden, Assert.Throws<DomainException>(() =>
            LibraryFolder.Create(member, "Читалище „Развитие“", LibraryPlace.Of(LibraryPlaceKind.Dialogue, dialogue), 0, "Снимки", null, Now)).Code);
        var municipal = LibraryFolder.Create(Official(), null, LibraryPlace.Of(LibraryPlaceKind.Dialogue, dialogue), 0, "Материали за диалога", null, Now);
        var theirs = LibraryFolder.Create(member, "Читалище „Развитие“", LibraryPlace.Library, 0, "Отчети на читалището", null, Now);

        Assert.True(municipal.MayManage(Official()));
        Assert.False(municipal.MayManage(member));
        Assert.True(theirs.MayManage(member));
        Assert.False(theirs.MayManage(Official()));
        Assert.True(theirs.MayManage(Administrator()));
    }

    [Fact]
    public void ANewUpload_KeepsTheOldOneInItsHistory_AndTheFolderHoldsBoth()
    {
        var official = Official();
        var folder = LibraryFolder.Create(official, null, LibraryPlace.Library, 0, "Бюджет", null, Now);
        var (first, second) = (Upload(), Upload());
        var entry = folder.AddFile(official, "Бюджет 2026", "Проект, внесен в съвета", first, Now);

        folder.UploadVersion(official, entry.EntryId, second, Now.AddDays(3));

        Assert.Equal([first, second], entry.Versions.Select(v => v.File));
        Assert.Equal(second, entry.Current!.File);
        Assert.Equal([first, second], folder.Files);
        folder.RemoveEntry(official, entry.EntryId, Now.AddDays(4));
        Assert.Empty(folder.Files);
    }

    [Fact]
    public void EntriesKeepTheOrderChosen_AndAVideoIsAPrivacyFriendlyLink()
    {
        var official = Official();
        var folder = LibraryFolder.Create(official, null, LibraryPlace.Library, 0, "Заседания", null, Now);
        var minutes = folder.AddFile(official, "Протокол", null, Upload(), Now);
        var video = folder.AddVideo(official, "Запис на заседанието", null, "https://youtu.be/dQw4w9WgXcQ", Now);

        folder.MoveEntry(official, video.EntryId, 0, Now);

        Assert.Equal([video.EntryId, minutes.EntryId], folder.Entries.Select(e => e.EntryId));
        Assert.Equal("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", video.Video!.EmbedUrl);
        Assert.Equal(DomainErrors.LibraryNotAFile, Assert.Throws<DomainException>(() => folder.UploadVersion(official, video.EntryId, Upload(), Now)).Code);
        Assert.Equal(DomainErrors.DialogueVideoLink, Assert.Throws<DomainException>(() => folder.AddVideo(official, "Друго", null, "https://example.org/video", Now)).Code);
    }

    [Fact]
    public void NoTitle_IsRefused_AndChangesNothing()
    {
        var official = Official();
        var folder = LibraryFolder.Create(official, null, LibraryPlace.Library, 0, "Бюджет", null, Now);

        Assert.Equal(DomainErrors.LibraryTitleLength, Assert.Throws<DomainException>(() => folder.AddFile(official, " ", null, Upload(), Now)).Code);
        Assert.Empty(folder.Entries);
        Assert.Empty(folder.Files);
    }

    [Fact]
    public void StaffReorderAPagesFolders_AndEveryFolderIsNumberedAgain()
    {
        var official = Official();
        var page = Enumerable.Range(0, 3).Select(i => LibraryFolder.Create(official, null, LibraryPlace.Library, i, $"Папка {i}", null, Now)).ToList();
        var ngo = LibraryFolder.Create(Resident(), "Сдружение", LibraryPlace.Library, 3, "Отчети", null, Now);
        page.Add(ngo);

        Assert.Equal(DomainErrors.Forbidden, Assert.Throws<DomainException>(() => LibraryFolder.Reorder(Resident(), page, ngo.Id, -1, Now)).Code);
        LibraryFolder.Reorder(official, page, ngo.Id, -3, Now);

        Assert.Equal(["Отчети", "Папка 0", "Папка 1", "Папка 2"], page.OrderBy(f => f.Position).Select(f => f.Title));
    }
}
