using Dialogues.Domain.Participants;
using Dialogues.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dialogues.Tests.Features.ReferenceData;

public class ReferenceDataBrowserTests(AppHost host) : BrowserTest<AppHost>(host)
{
    [Fact]
    public async Task Administrator_SeesTheThirteenSettlements_AndRenamesAPolicyArea()
    {
        var admin = await Host.CreateUserAsync("Админ Номенклатури", [Role.Administrator]);
        await Page.LogInAsync(admin);
        await Page.GotoInteractiveAsync("/admin/reference-data");

        var settlements = Page.GetByRole(AriaRole.Table, new() { Name = "Населени места" });
        await Expect(settlements.GetByRole(AriaRole.Row)).ToHaveCountAsync(14);
        await Expect(settlements).ToContainTextAsync("Трудовец");

        await Page.GetByRole(AriaRole.Tab, new() { Name = "Сфери на политики" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Редактирай: Спорт и туризъм" }).ClickAsync();
        await Expect(Page.GetByLabel("Име на български")).ToHaveValueAsync("Спорт и туризъм");
        await Page.GetByLabel("Име на български").FillAsync("Спорт, туризъм и младежки дейности");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Запази", Exact = true }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status).Last).ToContainTextAsync("Спорт, туризъм и младежки дейности");
        await Expect(Page.GetByRole(AriaRole.Table, new() { Name = "Сфери на политики" })).ToContainTextAsync("Спорт, туризъм и младежки дейности");
    }
}
