using Dialogues.Domain.Participants;
using Dialogues.Tests.Infrastructure.Files;
using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dialogues.Tests.Features.Library;

public class LibraryBrowserTests(AppHost host) : BrowserTest<AppHost>(host)
{
    [Fact]
    public async Task AnOfficialMakesAFolderAndUploadsTwoVersions_AndAReaderOfTheLibrarySeesThemArriveLive()
    {
        var official = await Host.CreateUserAsync("Служител Документи", [Role.Official], (await Host.Db().Departments.FirstAsync()).Id);
        var reader = await NewPageAsync(width: 390);
        await reader.GotoInteractiveAsync("/library");

        await Page.LogInAsync(official);
        await Page.GotoInteractiveAsync("/library");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Нова папка" }).ClickAsync();
        await Page.WaitForInteractiveAsync();
        await Page.GetByLabel("Име на папката").FillAsync("Стратегия за развитие");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Създайте папката" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Стратегия за развитие", Level = 1 })).ToBeVisibleAsync();

        var addFile = Page.GetByRole(AriaRole.Form, new() { Name = "Добавете файл" });
        await addFile.GetByLabel("Файл", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "program.exe", MimeType = "application/octet-stream", Buffer = AttachmentsTests.WindowsProgram });
        await addFile.GetByLabel("Заглавие").FillAsync("Програма");
        await addFile.GetByRole(AriaRole.Button, new() { Name = "Добавете файла" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Alert)).Not.ToBeEmptyAsync();
        await Expect(Page.GetByText("Папката още е празна.")).ToBeVisibleAsync();

        await addFile.GetByLabel("Файл", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "strategia.pdf", MimeType = "application/pdf", Buffer = AttachmentsTests.Pdf });
        await addFile.GetByLabel("Заглавие").FillAsync("Стратегия 2030");
        await addFile.GetByRole(AriaRole.Button, new() { Name = "Добавете файла" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Стратегия 2030" })).ToBeVisibleAsync();

        await Expect(reader.GetByRole(AriaRole.Heading, new() { Name = "Стратегия за развитие" })).ToBeVisibleAsync();
        await Expect(reader.GetByRole(AriaRole.Link, new() { Name = "Стратегия 2030" })).ToHaveAttributeAsync("target", "_blank");

        await Page.GetByLabel("Нова версия на „Стратегия 2030“").SetInputFilesAsync(new FilePayload { Name = "strategia-v2.pdf", MimeType = "application/pdf", Buffer = AttachmentsTests.Pdf });
        await Expect(Page.GetByText("1 предишна версия")).ToBeVisibleAsync();
        await Expect(reader.GetByText("1 предишна версия")).ToBeVisibleAsync();
    }
}
