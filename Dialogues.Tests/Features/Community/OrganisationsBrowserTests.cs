using Dialogues.App.Features.Community;
using Dialogues.Domain.Participants;
using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dialogues.Tests.Features.Community;

public class OrganisationsBrowserTests(AppHost host) : BrowserTest<AppHost>(host)
{
    [Fact]
    public async Task AResidentRegistersAnOrganisationOnAPhone_AnAdministratorVerifiesIt_AndTheDirectoryShowsTheBadge()
    {
        var founder = await Host.CreateUserAsync("Основател Браузър");
        var page = await NewPageAsync(width: 390);
        await page.LogInAsync(founder);
        await page.GotoInteractiveAsync("/organisations");
        // The directory offers registering; the form is then opened as its own page, so the map's start-up on the
        // directory cannot overlap the form's first render on a loaded machine.
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Регистрирайте организация" })).ToHaveAttributeAsync("href", "organisations/new");
        await page.GotoInteractiveAsync("/organisations/new");
        var form = page.GetByRole(AriaRole.Form, new() { Name = "Регистрация на организация" });
        await form.GetByLabel("Наименование").FillAsync("Сдружение „Зелени Врачеш“");
        await form.GetByLabel("ЕИК/БУЛСТАТ").FillAsync("123456780");
        await form.GetByRole(AriaRole.Group, new() { Name = "Населени места" }).GetByLabel("Врачеш").CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Регистриране" }).ClickAsync();
        await Expect(form.GetByRole(AriaRole.Alert)).ToContainTextAsync("не е валиден");
        await using (var db = Host.Db())
        {
            Assert.False(await db.Organisations.AnyAsync(o => o.CreatedBy == founder.Id));
        }

        await form.GetByLabel("ЕИК/БУЛСТАТ").FillAsync("222222226");
        await form.GetByRole(AriaRole.Button, new() { Name = "Регистриране" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Сдружение „Зелени Врачеш“", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("my-role")).ToHaveTextAsync("Вие сте собственик на организацията.");
        var url = page.Url;

        var administrator = await Host.CreateUserAsync("Администратор Браузър", [Role.Administrator]);
        await Page.LogInAsync(administrator);
        await Page.GotoInteractiveAsync(url);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Потвърждаване на организацията" }).ClickAsync();
        await Expect(Page.GetByTestId("verified")).ToHaveTextAsync("Потвърдена");

        await page.GotoInteractiveAsync("/organisations?q=" + Uri.EscapeDataString("Зелени Врачеш"));
        var card = page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Сдружение „Зелени Врачеш“" });
        await Expect(card.GetByText("Потвърдена")).ToBeVisibleAsync();

        // The map has one marker per settlement with organisations; it opens the directory filtered to it.
        await page.GotoInteractiveAsync("/organisations");
        var marker = page.Locator(".organisations-map path.leaflet-interactive");
        await Expect(marker).ToHaveCountAsync(1);
        await marker.ClickAsync();
        await Expect(page.Locator(".leaflet-popup-content a")).ToHaveTextAsync("Врачеш: 1 организация");
        await page.Locator(".leaflet-popup-content a").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("settlement="));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Сдружение „Зелени Врачеш“" })).ToBeVisibleAsync();
    }
}
