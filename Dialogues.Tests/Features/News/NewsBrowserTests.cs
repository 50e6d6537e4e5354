using Dialogues.App.Features.Community;
using Dialogues.Domain.Community;
using Dialogues.App.Features.News;
using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dialogues.Tests.Features.News;

public class NewsBrowserTests(AppHost host) : BrowserTest<AppHost>(host)
{
    [Fact]
    public async Task AnOfficialWritesForTheirDepartment_AndAReaderOfTheListSeesItAppearWhenPublished()
    {
        var cast = await NewsCast.CreateAsync(Host);
        await Page.LogInAsync(cast.Official);
        await Page.GotoInteractiveAsync("/news");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Напишете статия" }).ClickAsync();
        await Page.WaitForInteractiveAsync();
        var form = Page.GetByRole(AriaRole.Form, new() { Name = "Нова статия" });
        await form.GetByLabel("От името на моя отдел").CheckAsync();
        await form.GetByLabel("Заглавие").FillAsync("Нов асфалт по улиците на Врачеш");
        await form.GetByLabel("Резюме").FillAsync("През пролетта ще бъдат асфалтирани четири улици в центъра на селото.");
        await form.GetByLabel("Текст").FillAsync("Кратко.");
        await form.GetByLabel("Спорт и туризъм").CheckAsync();
        await form.GetByLabel("Врачеш").CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Запазете" }).ClickAsync();
        await Expect(form.GetByRole(AriaRole.Alert)).ToContainTextAsync("50");
        await using (var db = Host.Db())
        {
            Assert.False(await db.Articles.AnyAsync(a => a.WrittenBy == cast.Official.Id));
        }

        await form.GetByLabel("Текст").FillAsync("## Кои улици\n\nУлиците „Христо Ботев“, „Васил Левски“, „Иван Вазов“ и „Шипка“ ще получат нова настилка и тротоари.");
        await form.GetByRole(AriaRole.Button, new() { Name = "Запазете" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Нов асфалт по улиците на Врачеш", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByText("Това е чернова.")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Кои улици", Level = 2 })).ToBeVisibleAsync();

        var reader = await NewPageAsync(width: 390);
        await reader.GotoInteractiveAsync("/news");
        var articles = reader.GetByRole(AriaRole.Link, new() { Name = "Нов асфалт по улиците на Врачеш" });
        await Expect(articles).ToHaveCountAsync(0);

        await Page.GetByRole(AriaRole.Button, new() { Name = "Публикувайте сега" }).ClickAsync();
        await Expect(Page.GetByText("Статията е публикувана.")).ToBeVisibleAsync();

        await Expect(articles).ToBeVisibleAsync();
        await articles.ClickAsync();
        await Expect(reader.GetByRole(AriaRole.Heading, new() { Name = "Нов асфалт по улиците на Врачеш", Level = 1 })).ToBeVisibleAsync();
        await Expect(reader.GetByText(cast.Reference.DepartmentName(cast.Reference.Departments[1].Id), new() { Exact = true })).ToBeVisibleAsync();
        await Expect(reader.GetByText(cast.Official.DisplayName)).ToHaveCountAsync(0);
        await Expect(reader.GetByRole(AriaRole.Button, new() { Name = "Публикувайте сега" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task AResidentWritesForAnOrganisation_WithAPicture_AndCannotSpeakForTheMunicipality()
    {
        var resident = await Host.CreateUserAsync("Калина Доброволка");
        await using (var scope = Host.As(resident))
        {
            await scope.Get<OrganisationsService>().RegisterAsync(new OrganisationDraft("Читалище „Развитие – 1884“", OrganisationKind.CommunityCentre, "333333339",
                null, null, null, null, null, [], [], []));
        }
        await Page.LogInAsync(resident);
        await Page.GotoInteractiveAsync("/news/new");
        var form = Page.GetByRole(AriaRole.Form, new() { Name = "Нова статия" });
        await Expect(form.GetByLabel("От името на Община Ботевград")).ToHaveCountAsync(0);
        await Expect(form.GetByLabel("Организация", new() { Exact = true })).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^[0-9a-f-]{36}$"));
        await Expect(form.GetByLabel("Организация", new() { Exact = true }).Locator("option")).ToHaveTextAsync(["Читалище „Развитие – 1884“"]);
        await form.GetByLabel("Заглавие").FillAsync("Театрална работилница за деца");
        await form.GetByLabel("Резюме").FillAsync("Всяка събота читалището събира децата от града за игри и малки постановки.");
        await form.GetByLabel("Текст").FillAsync("Работилницата е безплатна и се води от актьори от Драматичния театър. Записване в библиотеката на читалището.");
        await form.GetByLabel("Култура и образование").CheckAsync();
        await form.GetByLabel("Снимка", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "teatar.jpg", MimeType = "image/jpeg", Buffer = await TestImages.JpegAsync(320, 200) });
        await form.GetByRole(AriaRole.Button, new() { Name = "Запазете" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Театрална работилница за деца", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByText("Читалище „Развитие – 1884“ (написа Калина Доброволка)")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Img, new() { Name = "Снимка към „Театрална работилница за деца“" })).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Публикувайте сега" }).ClickAsync();
        await Expect(Page.GetByText("Статията е публикувана.")).ToBeVisibleAsync();

        await Page.GotoInteractiveAsync("/news?voice=organisation");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Театрална работилница за деца" })).ToBeVisibleAsync();
        await using var db = Host.Db();
        var article = await db.Articles.SingleAsync(a => a.WrittenBy == resident.Id);
        Assert.NotNull(article.CoverId);
    }

    [Fact]
    public async Task AReaderRatesAndCommentsUnderAnArticle_AndAnotherReaderSeesBothWithoutReloading()
    {
        var cast = await NewsCast.CreateAsync(Host);
        var id = await cast.WriteAsync(Host, "Събор в Литаково през юни", publish: true);
        await Page.LogInAsync(await Host.CreateUserAsync("Оценяваща Читателка"));
        await Page.GotoInteractiveAsync($"/news/{id.Value}");
        var other = await NewPageAsync(width: 390);
        await other.LogInAsync(await Host.CreateUserAsync("Друг Читател"));
        await other.GotoInteractiveAsync($"/news/{id.Value}");
        await Expect(other.GetByText("Още никой не е оценил статията.")).ToBeVisibleAsync();

        // The fourth star: MudRating takes the click on the star around its radio button.
        await Page.GetByRole(AriaRole.Radio, new() { Name = "Оценка 4" }).Locator("xpath=..").ClickAsync();
        await Expect(Page.GetByText("Оценката е записана.")).ToBeVisibleAsync();
        await Expect(other.GetByText("Средна оценка 4,0 от 5 (от 1 оценка)")).ToBeVisibleAsync();
        // Without a mouse: the stars are one control, moved with the arrow keys.
        await Page.GetByRole(AriaRole.Radiogroup, new() { Name = "Вашата оценка:" }).FocusAsync();
        await Page.Keyboard.PressAsync("ArrowRight");
        await Expect(other.GetByText("Средна оценка 5,0 от 5 (от 1 оценка)")).ToBeVisibleAsync();

        // Under an article the stance may be left out.
        await Page.GetByLabel("Вашият коментар").FillAsync("Ще има ли автобус от града вечерта?");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Публикувай" }).ClickAsync();
        await Expect(Page.Locator("article.comment").Filter(new() { HasText = "Ще има ли автобус от града вечерта?" })).ToBeVisibleAsync();
        await other.GetByRole(AriaRole.Button, new() { Name = "1 нов коментар – покажи" }).ClickAsync();
        await Expect(other.Locator("article.comment").Filter(new() { HasText = "Ще има ли автобус от града вечерта?" })).ToBeVisibleAsync();
        await using var db = Host.Db();
        Assert.Null((await db.Comments.SingleAsync(c => c.ArticleId == id)).Stance);
    }
}
