using System.Globalization;
using Dialogues.App.Features.Recommendations;
using Dialogues.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dialogues.Tests.Features.Recommendations;

public class RecommendationBrowserTests(AppHost host) : BrowserTest<AppHost>(host)
{
    [Fact]
    public async Task FromSubmissionToDecision_EveryoneSeesTheirPartLive()
    {
        var cast = await RecommendationsCast.CreateAsync(Host);
        await using (var scope = Host.As(cast.Official))
        {
            await scope.Get<RecommendationWorkflow>().SaveTemplateAsync(null, "Приемаме – в плана", Dialogues.Domain.Recommendations.DecisionOutcome.Accepted, "Приемаме препоръката и я включваме в плана на дирекцията за годината.");
        }
        var scorecard = await NewPageAsync();
        await scorecard.GotoAsync("/recommendations/scorecard");
        var answeredBefore = int.Parse(await TotalAnsweredAsync(scorecard), CultureInfo.InvariantCulture);

        // The resident sends it.
        await Page.LogInAsync(cast.Resident);
        await Page.GotoInteractiveAsync("/recommendations/new");
        await Page.GetByLabel("Заглавие", new() { Exact = true }).FillAsync("Кошчета за разделно събиране в Гурково");
        await Page.GetByLabel("Препоръка", new() { Exact = true }).FillAsync("В селото няма нито един контейнер за разделно събиране. Предлагаме три точки.");
        await Page.GetByLabel("Сфера").ChooseAsync("Градска среда и екология");
        await Page.GetByLabel("Съгласен съм името ми да се показва публично").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Изпрати препоръката" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Кошчета за разделно събиране в Гурково");
        await Expect(Page.GetByText("чака проверка от модератор")).ToBeVisibleAsync();

        // A moderator registers it.
        var moderator = await NewPageAsync();
        await moderator.LogInAsync(cast.Moderator);
        await moderator.GotoInteractiveAsync("/recommendations/screening");
        await moderator.GetByRole(AriaRole.Link, new() { Name = "Кошчета за разделно събиране в Гурково" }).ClickAsync();
        await moderator.GetByRole(AriaRole.Button, new() { Name = "Регистрирай" }).ClickAsync();
        await Expect(moderator.GetByRole(AriaRole.Status).Filter(new() { HasText = "Препоръката е регистрирана." })).ToBeVisibleAsync();
        await Expect(Page.Locator(".dialogue__meta")).ToContainTextAsync("ПР-");

        // The official watches the inbox while an administrator assigns the recommendation to the department.
        var official = await NewPageAsync();
        await official.LogInAsync(cast.Official);
        await official.GotoInteractiveAsync("/recommendations/inbox");
        await Expect(official.GetByRole(AriaRole.Link, new() { Name = "Кошчета за разделно събиране в Гурково" })).ToHaveCountAsync(0);

        var admin = await NewPageAsync();
        await admin.LogInAsync(cast.Administrator);
        await admin.GotoInteractiveAsync(Page.Url.Replace(Host.BaseUrl, ""));
        await admin.GetByLabel("Дирекция", new() { Exact = true }).ChooseAsync("Дирекция „Екология и благоустройство“");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Разпредели" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status).Filter(new() { HasText = "Разпределена към" })).ToBeVisibleAsync();

        var row = official.GetByRole(AriaRole.Link, new() { Name = "Кошчета за разделно събиране в Гурково" });
        await Expect(row).ToBeVisibleAsync();

        // The official answers with the department's template, which brings its outcome; no outcome is assumed before.
        await row.ClickAsync();
        await official.WaitForInteractiveAsync();
        await Expect(official.GetByLabel("Решение по препоръката")).ToHaveValueAsync("– изберете –");
        await official.GetByLabel("Шаблон").ChooseAsync("Приемаме – в плана");
        await Expect(official.GetByLabel("Мотиви (задължителни)")).ToHaveValueAsync("Приемаме препоръката и я включваме в плана на дирекцията за годината.");
        await Expect(official.GetByLabel("Решение по препоръката")).ToHaveValueAsync("Приета");
        await official.GetByRole(AriaRole.Button, new() { Name = "Публикувай решението" }).ClickAsync();
        await Expect(official.GetByRole(AriaRole.Status).Filter(new() { HasText = "Решението е публикувано" })).ToBeVisibleAsync();

        // The resident, still on the page, sees the decision arrive; the scorecard counts it.
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Решение: Приета" })).ToBeVisibleAsync();
        await Expect(Page.GetByText("Приемаме препоръката и я включваме в плана")).ToBeVisibleAsync();
        await scorecard.ReloadAsync();
        Assert.Equal(answeredBefore + 1, int.Parse(await TotalAnsweredAsync(scorecard), CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task EveryCommandAnswersBesideItsButton_Once_EvenWhenClickedTwice()
    {
        var cast = await RecommendationsCast.CreateAsync(Host);
        var id = await cast.AssignedAsync(Host, "Пейки в парка на Трудовец");

        // The department head, who may also extend, forgets the new date: told so beside the button.
        await Page.LogInAsync(cast.Head);
        await Page.GotoInteractiveAsync($"/recommendations/{id}");
        var extend = Page.Locator(".staff-action").Filter(new() { HasText = "Удължаване на срока" });
        await extend.GetByRole(AriaRole.Button, new() { Name = "Удължи срока" }).ClickAsync();
        await Expect(extend.GetByRole(AriaRole.Alert)).ToContainTextAsync("Изберете новия срок");

        // A double click on "publish the decision" publishes it once and shows no refusal for the second click.
        var decide = Page.Locator(".staff-action").Filter(new() { HasText = "Решение по препоръката" });
        await decide.GetByLabel("Решение по препоръката").ChooseAsync("Приета");
        await decide.GetByLabel("Мотиви (задължителни)").FillAsync("Приемаме препоръката и поставяме пейките през пролетта.");
        await decide.GetByRole(AriaRole.Button, new() { Name = "Публикувай решението" }).DblClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Решението е публикувано" })).ToBeVisibleAsync();
        await Expect(Page.Locator(".error-message")).ToHaveCountAsync(0);
    }

    private static Task<string> TotalAnsweredAsync(IPage page) =>
        page.GetByRole(AriaRole.Table, new() { Name = "По дирекции" }).Locator("tfoot td").Nth(1).InnerTextAsync();
}
