using Dialogues.App.Infrastructure.Files;
using Dialogues.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dialogues.Tests.Features.Problems;

public class ProblemsBrowserTests(AppHost host) : BrowserTest<AppHost>(host)
{

    [Fact]
    public async Task AResidentReportsWithAPhotoAndAMapTap_TheDepartmentSeesItLive_AndTheResidentSeesItFixed()
    {
        var cast = await ProblemsCast.CreateAsync(Host);
        var photo = TestImages.WithGps(await TestImages.JpegAsync(80, 60));

        // The official watches the department's queue.
        var official = await NewPageAsync();
        await official.LogInAsync(cast.Official);
        await official.GotoInteractiveAsync("/problems/department");
        await Expect(official.GetByRole(AriaRole.Link, new() { Name = "Не свети лампата пред пощата" })).ToHaveCountAsync(0);

        // The resident reports from a phone-sized screen: category, village, a tap on the map, a photo.
        var resident = await NewPageAsync(width: 390, height: 844);
        await resident.LogInAsync(cast.Resident);
        await resident.GotoInteractiveAsync("/problems/new");
        await resident.GetByLabel("Категория").ChooseAsync("Улично осветление");
        await resident.GetByLabel("Населено място").ChooseAsync("Скравена");
        await resident.Locator(".problem-map--picker.leaflet-container[data-centred='true']").ClickAsync();
        await Expect(resident.GetByLabel("Географска ширина")).Not.ToHaveValueAsync("");
        var latitude = double.Parse(await resident.GetByLabel("Географска ширина").InputValueAsync(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(latitude, 42.92, 42.95);
        await resident.GetByLabel("Заглавие").FillAsync("Не свети лампата пред пощата");
        await resident.GetByLabel("Описание").FillAsync("Уличната лампа пред пощата не свети от три вечери.");
        await resident.GetByLabel("Снимки").SetInputFilesAsync(new FilePayload { Name = "lampa.jpg", MimeType = "image/jpeg", Buffer = photo });
        await resident.GetByRole(AriaRole.Button, new() { Name = "Изпрати сигнала" }).ClickAsync();

        await Expect(resident.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Не свети лампата пред пощата");
        await Expect(resident.GetByRole(AriaRole.Status).First).ToContainTextAsync("Нов");
        // The reporter is told of every change: the page says so instead of offering to follow.
        await Expect(resident.GetByText("Като подател получавате известие за всяка промяна")).ToBeVisibleAsync();
        await Expect(resident.Locator(".follow-button")).ToHaveCountAsync(0);
        var image = resident.GetByRole(AriaRole.Img, new() { Name = "Снимка 1 към сигнала „Не свети лампата пред пощата“" });
        await Expect(image).ToBeVisibleAsync();
        var served = await resident.APIRequest.GetAsync(await image.GetAttributeAsync("src") ?? "");
        Assert.False(ImageMetadata.HasLocation(await served.BodyAsync()));

        // It appears in the official's queue without a reload; the official confirms and fixes it.
        var row = official.GetByRole(AriaRole.Link, new() { Name = "Не свети лампата пред пощата" });
        await Expect(row).ToBeVisibleAsync();
        await row.ClickAsync();
        await official.WaitForInteractiveAsync();
        await official.GetByLabel("Ново състояние").ChooseAsync("Потвърден");
        await official.GetByLabel("Публична бележка (виждат я всички)").FillAsync("Проверено на място, подаден е заявка към поддръжката.");
        await official.GetByRole(AriaRole.Button, new() { Name = "Запази" }).ClickAsync();
        await Expect(official.GetByText("Сигналът е „Потвърден“.")).ToBeVisibleAsync();
        await Expect(resident.GetByRole(AriaRole.Status).First).ToContainTextAsync("Потвърден");

        await official.GetByLabel("Ново състояние").ChooseAsync("Отстранен");
        await official.GetByLabel("Публична бележка (виждат я всички)").FillAsync("Лампата е сменена.");
        await official.GetByRole(AriaRole.Button, new() { Name = "Запази" }).ClickAsync();

        // The resident, still on the page, sees it fixed and is asked to confirm.
        await Expect(resident.GetByRole(AriaRole.Status).First).ToContainTextAsync("Отстранен");
        await Expect(resident.GetByText("Лампата е сменена.")).ToBeVisibleAsync();
        await Expect(resident.GetByRole(AriaRole.Heading, new() { Name = "Отстранен ли е наистина проблемът?" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task APointInAnotherVillage_IsQuestioned_AndAcceptedOnceConfirmed()
    {
        var cast = await ProblemsCast.CreateAsync(Host);

        await Page.LogInAsync(cast.Resident);
        await Page.GotoInteractiveAsync("/problems/new");
        await Page.GetByLabel("Категория").ChooseAsync("Улично осветление");
        await Page.GetByLabel("Населено място").ChooseAsync("Скравена");
        await Page.GetByLabel("Географска ширина").FillAsync("42.9067");
        await Page.GetByLabel("Географска дължина").FillAsync("23.7934");
        await Page.GetByLabel("Заглавие").FillAsync("Лампа в центъра");
        await Page.GetByLabel("Описание").FillAsync("Не свети лампата на площада.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Изпрати сигнала" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "изглежда е в Ботевград" })).ToBeVisibleAsync();
        await Page.GetByLabel("Да, проблемът е в избраното населено място").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Изпрати сигнала" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Лампа в центъра");
        await Expect(Page.GetByText("Скравена").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AnAdministratorAddsACategory_ResidentsCanReportInIt_AndTheStatisticsListIt()
    {
        var admin = await Host.CreateUserAsync("Админ Категории", [Dialogues.Domain.Participants.Role.Administrator]);
        var resident = await Host.CreateUserAsync("Жител С Графити");

        await Page.LogInAsync(admin);
        await Page.GotoInteractiveAsync("/admin/problem-categories");
        var form = Page.GetByRole(AriaRole.Form, new() { Name = "Нова категория" });
        await form.GetByLabel("Име на български").FillAsync("Графити");
        await form.GetByLabel("Име на английски").FillAsync("Graffiti");
        await form.GetByRole(AriaRole.Button, new() { Name = "Добави" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Категорията „Графити“ е запазена." })).ToBeVisibleAsync();

        var reporter = await NewPageAsync();
        await reporter.LogInAsync(resident);
        await reporter.GotoInteractiveAsync("/problems/new");
        await reporter.GetByLabel("Категория").ChooseAsync("Графити");
        await reporter.GotoAsync("/problems/stats");
        await Expect(reporter.GetByRole(AriaRole.Table, new() { Name = "По категории" }).GetByRole(AriaRole.Rowheader, new() { Name = "Графити" })).ToBeVisibleAsync();
    }
}
