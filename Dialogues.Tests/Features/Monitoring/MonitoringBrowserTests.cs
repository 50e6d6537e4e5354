using System.Globalization;
using Dialogues.App.Features.Monitoring;
using Dialogues.Domain.Monitoring;
using Dialogues.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dialogues.Tests.Features.Monitoring;

public class MonitoringBrowserTests(AppHost host) : BrowserTest<AppHost>(host)
{
    [Fact]
    public async Task AResidentEvaluatesAPolicy_AndTheResultsUpdateForThemAndForAnotherReader()
    {
        var cast = await MonitoringCast.CreateAsync(Host);
        var policy = await cast.DefineAsync(Host, "Развитие на туризма в Балкана");
        var round = await cast.OpenRoundAsync(Host, policy);
        var earlier = await Host.CreateUserAsync();
        await using (var scope = Host.As(earlier))
        {
            await scope.Get<MonitoringService>().EvaluateAsync(round, new Scores(2, 3, 3, 3), null);
        }

        var reader = await NewPageAsync();
        await reader.GotoInteractiveAsync($"/monitoring/{policy}");
        var readerResults = reader.GetByRole(AriaRole.Table, new() { Name = "Оценки в „Кръг за оценка“" });
        await Expect(readerResults.Locator("tr[data-criterion='Effectiveness'] td").Nth(4)).ToHaveTextAsync("0");

        await Page.LogInAsync(cast.Resident);
        await Page.GotoInteractiveAsync("/monitoring");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Развитие на туризма в Балкана" }).ClickAsync();
        await Page.WaitForInteractiveAsync();
        var form = Page.GetByRole(AriaRole.Form, new() { Name = "Вашата оценка в „Кръг за оценка“" });
        await form.GetByRole(AriaRole.Button, new() { Name = "Изпрати оценката" }).ClickAsync();
        await Expect(form.GetByRole(AriaRole.Alert)).ToContainTextAsync("от 1 до 5");
        foreach (var (criterion, score) in new[] { ("Ефективност", "5"), ("Прозрачност", "4"), ("Законосъобразност", "4"), ("Достъпност", "3") })
        {
            await form.GetByRole(AriaRole.Group, new() { Name = criterion }).GetByLabel(score, new() { Exact = true }).CheckAsync();
        }
        await form.GetByLabel("Коментар (по желание)").FillAsync("Пътеките са маркирани, но липсва информация на английски.");
        await form.GetByRole(AriaRole.Button, new() { Name = "Изпрати оценката" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Вече оценихте политиката" })).ToBeVisibleAsync();
        var results = Page.GetByRole(AriaRole.Table, new() { Name = "Оценки в „Кръг за оценка“" });
        await Expect(results.Locator("tr[data-criterion='Effectiveness'] td").Nth(4)).ToHaveTextAsync("1");
        await Expect(results.Locator("tr[data-criterion='Effectiveness'] td").Nth(5)).ToHaveTextAsync("3,5");
        await Expect(Page.Locator("section[aria-labelledby='distribution-title'] .table-chart svg").Last).ToBeVisibleAsync();

        await Expect(reader.GetByText("2 оценки")).ToBeVisibleAsync();
        await Expect(readerResults.Locator("tr[data-criterion='Effectiveness'] td").Nth(4)).ToHaveTextAsync("1");
    }

    [Fact]
    public async Task AnAdministratorRecordsAnIndicatorValue_AWrongUnitIsExplained_AndTheValueJoinsTheTable()
    {
        var cast = await MonitoringCast.CreateAsync(Host);
        var policy = await cast.DefineAsync(Host, "Разделно събиране на отпадъци");
        await using (var scope = Host.As(cast.Administrator))
        {
            await scope.Get<MonitoringService>().DefineIndicatorAsync(policy, "Рециклирани отпадъци", "%", 12, 40);
        }
        var today = Host.Calendar.Today;

        await Page.LogInAsync(cast.Administrator);
        await Page.GotoInteractiveAsync($"/monitoring/{policy}");
        var card = Page.GetByRole(AriaRole.Article, new() { Name = "Рециклирани отпадъци" });
        await card.GetByText("Въведи нова стойност").ClickAsync();
        var form = card.GetByRole(AriaRole.Form, new() { Name = "Нова стойност за „Рециклирани отпадъци“" });
        await form.GetByLabel("Дата").FillAsync(today.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture));
        await form.GetByLabel("Стойност", new() { Exact = true }).FillAsync("19");
        await form.GetByLabel("Мерна единица").FillAsync("тона");
        await form.GetByLabel("Източник").FillAsync("Отчет на РИОСВ – София");
        await form.GetByRole(AriaRole.Button, new() { Name = "Запази стойността" }).ClickAsync();
        await Expect(card.GetByRole(AriaRole.Alert)).ToContainTextAsync("в мерната единица на показателя: %");
        await Expect(card.GetByRole(AriaRole.Table)).ToHaveCountAsync(0);

        await form.GetByLabel("Мерна единица").FillAsync("%");
        await form.GetByRole(AriaRole.Button, new() { Name = "Запази стойността" }).ClickAsync();

        await Expect(card.GetByRole(AriaRole.Table).GetByRole(AriaRole.Row).Filter(new() { HasText = "Отчет на РИОСВ – София" })).ToContainTextAsync("19");
        await Expect(card).ToContainTextAsync("25% от пътя до целта");
    }
}
