using Dialogues.App.Features.Surveys;
using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dialogues.Tests.Features.Surveys;

public class SurveysBrowserTests(AppHost host) : BrowserTest<AppHost>(host)
{
    [Fact]
    public async Task AResidentAnswersOnAPhone_ChangesAnAnswer_StaffTypeInPaper_AndResultsAppearOnlyAfterClosing()
    {
        var cast = await SurveysCast.CreateAsync(Host);
        var id = await cast.PublishedAsync(Host, "Анкета за пътуването до работа");
        var resident = await NewPageAsync(width: 390);
        await resident.LogInAsync(cast.Resident);
        await resident.GotoInteractiveAsync("/surveys");
        await resident.GetByRole(AriaRole.Link, new() { Name = "Анкета за пътуването до работа" }).ClickAsync();
        await resident.WaitForInteractiveAsync();

        var form = resident.GetByRole(AriaRole.Form, new() { Name = "Отговори на анкетата „Анкета за пътуването до работа“" });
        await Expect(form.GetByRole(AriaRole.Group, new() { Name = "Какво ви пречи?" })).ToHaveCountAsync(0);
        await form.GetByRole(AriaRole.Group, new() { Name = "Бихте ли участвали в обсъждания онлайн?" }).GetByLabel("Не").CheckAsync();
        var why = form.GetByRole(AriaRole.Group, new() { Name = "Какво ви пречи?" });
        await why.GetByLabel("Нямам време").CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Изпращане на отговорите" }).ClickAsync();
        // The scale is required: the refusal names it, and nothing is stored.
        await Expect(form.GetByRole(AriaRole.Alert)).ToContainTextAsync("Доколко вярвате, че общината чува жителите?");
        await using (var db = Host.Db())
        {
            Assert.False(await db.SurveyResponses.AnyAsync(r => r.RespondentId == cast.Resident.Id));
        }

        await form.GetByRole(AriaRole.Group, new() { Name = "Доколко вярвате, че общината чува жителите?" }).GetByLabel("2", new() { Exact = true }).CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Изпращане на отговорите" }).ClickAsync();
        await Expect(resident.GetByTestId("survey-answered")).ToContainTextAsync("Благодарим!");

        await resident.ReloadAsync();
        await resident.WaitForInteractiveAsync();
        await Expect(why.GetByLabel("Нямам време")).ToBeCheckedAsync();
        await form.GetByRole(AriaRole.Group, new() { Name = "Доколко вярвате, че общината чува жителите?" }).GetByLabel("3", new() { Exact = true }).CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Запазване на промените" }).ClickAsync();
        await Expect(resident.GetByText("Отговорите ви са запазени.")).ToBeVisibleAsync();

        await Page.LogInAsync(cast.Official);
        await Page.GotoInteractiveAsync($"/surveys/{id}");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Въвеждане на хартиени анкети" }).ClickAsync();
        await Page.WaitForInteractiveAsync();
        var paper = Page.GetByRole(AriaRole.Form, new() { Name = "Хартиена анкета" });
        await paper.GetByRole(AriaRole.Group, new() { Name = "Бихте ли участвали в обсъждания онлайн?" }).GetByLabel("Да").CheckAsync();
        await paper.GetByRole(AriaRole.Group, new() { Name = "Доколко вярвате, че общината чува жителите?" }).GetByLabel("5", new() { Exact = true }).CheckAsync();
        await paper.GetByLabel("Населено място").SelectOptionAsync(new SelectOptionValue { Label = "Скравена" });
        await paper.GetByRole(AriaRole.Button, new() { Name = "Въвеждане и следваща" }).ClickAsync();
        await Expect(Page.GetByTestId("paper-count")).ToHaveTextAsync("1 хартиена анкета е въведена.");
        // The form is empty again for the next questionnaire.
        await Expect(paper.GetByRole(AriaRole.Group, new() { Name = "Бихте ли участвали в обсъждания онлайн?" }).GetByLabel("Да")).Not.ToBeCheckedAsync();

        await resident.GotoInteractiveAsync($"/surveys/{id}");
        await Expect(resident.GetByText("Резултатите ще бъдат публикувани след края на анкетата")).ToBeVisibleAsync();
        await Expect(resident.GetByRole(AriaRole.Heading, new() { Name = "Резултати" })).ToHaveCountAsync(0);

        Host.Clock.Advance(TimeSpan.FromDays(8));
        await resident.GotoInteractiveAsync($"/surveys/{id}");
        await Expect(resident.GetByTestId("survey-results-count")).ToHaveTextAsync("2 попълнени анкети, от тях 1 на хартия.");
        var trust = resident.Locator("[data-question=trust].survey-result");
        await Expect(trust.GetByRole(AriaRole.Row, new() { Name = "3 1 50 %" })).ToBeVisibleAsync();
        await Expect(trust.GetByText("Средна оценка: 4,00")).ToBeVisibleAsync();
        await Expect(resident.GetByRole(AriaRole.Form)).ToHaveCountAsync(0);
    }
}
