using Dialogues.App.Features.Community;
using Dialogues.Domain.Community;
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

    [Fact]
    public async Task AMemberCommentsForTheirOrganisation_TheCommentNamesBoth_AndTheOrganisationsPageListsIt()
    {
        var member = await Host.CreateUserAsync("Член Организация");
        OrganisationId organisation;
        await using (var scope = Host.As(member))
        {
            organisation = await scope.Get<OrganisationsService>().RegisterAsync(new OrganisationDraft("Клуб „Приятели на Врачеш“", OrganisationKind.InformalGroup,
                null, null, null, null, null, null, [], [], []));
        }
        var dialogue = await Dialogues.Tests.Features.DialogueSpaces.DialogueSpacesCast.OpenAsync(Host, await Host.CreateUserAsync(roles: [Role.Official]), "Пейки в парка на Врачеш");
        await Page.LogInAsync(member);
        await Page.GotoInteractiveAsync($"/dialogues/{dialogue.Value}");

        await Page.GetByLabel("Пишете като").First.SelectOptionAsync(new SelectOptionValue { Label = "Клуб „Приятели на Врачеш“" });
        await Page.GetByLabel("За").First.CheckAsync();
        await Page.GetByLabel("Вашият коментар").FillAsync("Клубът ще боядиса пейките през май.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Публикувай" }).ClickAsync();

        var comment = Page.Locator("article.comment").Filter(new() { HasText = "Клубът ще боядиса пейките през май." });
        await Expect(comment.GetByRole(AriaRole.Link, new() { Name = "Клуб „Приятели на Врачеш“" })).ToHaveAttributeAsync("href", $"organisations/{organisation.Value}");
        await Expect(comment).ToContainTextAsync("(написа Член Организация)");
        await comment.GetByRole(AriaRole.Link, new() { Name = "Клуб „Приятели на Врачеш“" }).ClickAsync();
        var contributions = Page.GetByRole(AriaRole.Region, new() { Name = "Участие от името на организацията" });
        await Expect(contributions.GetByRole(AriaRole.Link, new() { Name = "Пейки в парка на Врачеш" })).ToBeVisibleAsync();
        await Expect(contributions).ToContainTextAsync("Клубът ще боядиса пейките през май.");
    }
}
