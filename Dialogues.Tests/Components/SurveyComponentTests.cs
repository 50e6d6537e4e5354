using Bunit;
using Dialogues.App.Features.Surveys;
using Dialogues.App.Infrastructure.Localization;
using Dialogues.Domain.Surveys;
using Dialogues.Tests.Features.Surveys;
using Dialogues.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using static Dialogues.Tests.Domain.Surveys.SurveyBuilder;

namespace Dialogues.Tests.Components;

/// <summary>The survey form shows questions as earlier answers call for them; the builder turns its fields into a survey.</summary>
public class SurveyComponentTests(AppHost host) : ComponentTest(host), IClassFixture<AppHost>
{
    [Fact]
    public async Task TheForm_ShowsAQuestionOnlyOnceTheAnswerThatAsksItIsGiven_AndSendsWhatWasFilledIn()
    {
        using var _ = CultureScope.Use("bg-BG");
        var cast = await SurveysCast.CreateAsync(Host);
        ActAs(cast.Resident);
        var sheet = new AnswerSheet(Published());
        RespondentProfile? sent = null;

        var cut = Bunit.Render<SurveyForm>(p => p
            .Add(f => f.Sheet, sheet)
            .Add(f => f.Label, "Анкета")
            .Add(f => f.SubmitText, "Изпращане")
            .Add(f => f.OnSubmit, EventCallback.Factory.Create<RespondentProfile>(this, profile => sent = profile)));
        cut.WaitForElement("[data-question=online]");
        Assert.Empty(cut.FindAll("[data-question=why-not]"));

        cut.Find("[data-question=online] input[value='Не']").Change(true);
        cut.WaitForElement("[data-question=why-not]");
        cut.Find("[data-question=why-not] input[type=checkbox]").Change(true);
        cut.Find("[data-question=trust] input[value='4']").Change(true);
        cut.Find($"[data-question=areas] input[aria-label='Транспорт: Лошо']").Change(true);
        cut.Find("[data-question=priorities] button[aria-label='Преместване на „Паркове“ нагоре']").Click();
        await cut.Find("form").SubmitAsync();

        Assert.NotNull(sent);
        Assert.Equal(
            ["online=Не", "why-not=Нямам интернет", "trust=4", "areas=Транспорт=Лошо", "priorities=Пътища,Паркове,Училища"],
            sheet.Answers.Select(a => $"{a.QuestionKey}={string.Join(',', a.Values)}"));

        cut.Find("[data-question=online] input[value='Да']").Change(true);
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-question=why-not]")));
        Assert.DoesNotContain(sheet.Answers, a => a.QuestionKey == "why-not");
    }

    [Fact]
    public async Task TheBuilder_SavesSectionsQuestionsAndAConditionAsADraft()
    {
        using var _ = CultureScope.Use("bg-BG");
        var cast = await SurveysCast.CreateAsync(Host);
        ActAs(cast.Official);
        var cut = Bunit.Render<SurveyBuilderPage>();
        cut.WaitForElement("#survey-title");

        cut.Find("#survey-title").Change("Анкета за читалището");
        cut.Find("#section-0-title").Change("Посещения");
        cut.Find("#question-q1-text").Change("Посещавате ли читалището?");
        cut.Find("#question-q1-options").Change("Да\nНе");
        cut.FindAll("button").First(b => b.TextContent.Contains("Добавяне на въпрос")).Click();
        cut.WaitForElement("#question-q2-text").Change("Защо не?");
        cut.Find("#question-q2-type").Change(nameof(QuestionType.LongText));
        cut.Find("#question-q2-showif").Change("q1");
        cut.WaitForElement("[data-question=q2] fieldset input[type=checkbox]");
        cut.FindAll("[data-question=q2] fieldset label").Single(l => l.TextContent.Trim() == "Не").QuerySelector("input")!.Change(true);
        await cut.Find("form.survey-builder").SubmitAsync();

        await using var db = Host.Db();
        var survey = await db.Surveys.SingleAsync(s => s.Title == "Анкета за читалището");
        Assert.Null(survey.PublishedAt);
        var questions = survey.Questions.ToList();
        Assert.Equal(["Да", "Не"], questions[0].Options);
        Assert.Equal((QuestionType.LongText, "q1", "Не"), (questions[1].Type, questions[1].ShowIf!.QuestionKey, questions[1].ShowIf!.AnyOf.Single()));
    }

    [Fact]
    public async Task TheBuilder_WithAChoiceQuestionWithoutOptions_SaysSo_AndStoresNothing()
    {
        using var _ = CultureScope.Use("bg-BG");
        var cast = await SurveysCast.CreateAsync(Host);
        ActAs(cast.Official);
        var cut = Bunit.Render<SurveyBuilderPage>();
        cut.WaitForElement("#survey-title");

        cut.Find("#survey-title").Change("Анкета без възможни отговори");
        cut.Find("#section-0-title").Change("Раздел");
        cut.Find("#question-q1-text").Change("Кое предпочитате?");
        await cut.Find("form.survey-builder").SubmitAsync();

        cut.WaitForAssertion(() => Assert.Contains("Кое предпочитате?", cut.Find("[role=alert]").TextContent));
        await using var db = Host.Db();
        Assert.False(await db.Surveys.AnyAsync(s => s.Title == "Анкета без възможни отговори"));
    }
}
