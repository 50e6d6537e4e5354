using System.Net;
using System.Text;
using Dialogues.App.Features.Surveys;
using Dialogues.Domain.Shared;
using Dialogues.Domain.Surveys;
using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Dialogues.Tests.Domain.Surveys.SurveyBuilder;

namespace Dialogues.Tests.Features.Surveys;

/// <summary>Surveys on the server with the real database: who builds, who answers, paper, results only after closing, and the export.</summary>
public class SurveysServiceTests(AppHost host) : IClassFixture<AppHost>
{
    [Fact]
    public async Task ADraft_IsSeenAndBuiltOnlyByStaff_AndResidentsCannotBuildOne()
    {
        var cast = await SurveysCast.CreateAsync(host);
        SurveyId id;
        await using (var staff = host.As(cast.Official))
        {
            id = await staff.Get<SurveysService>().CreateAsync(SurveysCast.Draft(host, "Чернова на анкета за паркинга"));
            Assert.Contains((await staff.Get<SurveysService>().ListAsync(SurveyShelf.Drafts, 0, 100)).Items, s => s.Id == id);
        }

        foreach (var reader in new[] { null, cast.Resident })
        {
            await using var scope = host.As(reader);
            var surveys = scope.Get<SurveysService>();
            Assert.Null(await surveys.FindAsync(id));
            Assert.DoesNotContain((await surveys.ListAsync(SurveyShelf.Current, 0, 100)).Items, s => s.Id == id);
            Assert.Equal(DomainErrors.Forbidden, (await Assert.ThrowsAsync<DomainException>(() => surveys.ListAsync(SurveyShelf.Drafts, 0, 10))).Code);
        }
        await using (var resident = host.As(cast.Resident))
        {
            var refused = await Assert.ThrowsAsync<DomainException>(() => resident.Get<SurveysService>().CreateAsync(SurveysCast.Draft(host, "Анкета от жител")));
            Assert.Equal(DomainErrors.Forbidden, refused.Code);
            Assert.Equal(DomainErrors.NotFound, (await Assert.ThrowsAsync<DomainException>(
                () => resident.Get<SurveysService>().AnswerAsync(id, Yes(), new RespondentProfile()))).Code);
        }
        await using var db = host.Db();
        Assert.False(await db.Surveys.AnyAsync(s => s.Title == "Анкета от жител"));
    }

    [Fact]
    public async Task APersonAnswersOnce_AndChangesTheirAnswers_EvenWhenTwoSubmissionsRace()
    {
        var cast = await SurveysCast.CreateAsync(host);
        var id = await cast.PublishedAsync(host, "Анкета за участие онлайн");

        await SurveysCast.AnswerAsync(host, cast.Resident, id, Yes(trust: 2));
        await using (var scope = host.As(cast.Resident))
        {
            var details = (await scope.Get<SurveysService>().FindAsync(id))!;
            Assert.Equal(["Да", "2"], details.Mine!.Answers.Select(a => a.Values[0]));
            // The settlement comes from the profile unless the person names another.
            Assert.Equal(cast.Vrachesh, details.Mine.Profile.Settlement);
        }
        var last = await host.ActAsync<SurveysService>([cast.Resident, cast.Resident],
            surveys => surveys.AnswerAsync(id, [.. Yes(trust: 5), Answer.Of("ideas", "Пейки на площада")], new RespondentProfile(Age: AgeBand.From30To44)));
        Assert.All(last, Assert.Null);

        await using var db = host.Db();
        var response = await db.SurveyResponses.SingleAsync(r => r.SurveyId == id);
        Assert.Equal(["online", "trust", "ideas"], response.Answers.Select(a => a.QuestionKey));
        Assert.Equal((AgeBand.From30To44, false), (response.Profile.Age!.Value, response.IsPaper));
    }

    [Fact]
    public async Task BadAnswers_AndASettlementsSurveyForSomeoneElse_AreRefused_AndStoreNothing()
    {
        var cast = await SurveysCast.CreateAsync(host);
        var id = await cast.PublishedAsync(host, "Анкета за Врачеш", new SurveyAudience(cast.Vrachesh));
        var outsider = await host.CreateUserAsync("Жител на Скравена");
        await SurveysCast.LivesInAsync(host, outsider, cast.Reference.SettlementNamed("Скравена"));

        await using (var scope = host.As(cast.Resident))
        {
            var surveys = scope.Get<SurveysService>();
            Assert.Equal(DomainErrors.SurveyAnswerRequired, (await Assert.ThrowsAsync<DomainException>(
                () => surveys.AnswerAsync(id, [Answer.Of("online", "Да")], new RespondentProfile()))).Code);
            Assert.Equal(DomainErrors.SurveyAnswerInvalid, (await Assert.ThrowsAsync<DomainException>(
                () => surveys.AnswerAsync(id, [.. Yes(), Answer.Of("hours", "много")], new RespondentProfile()))).Code);
        }
        await using (var scope = host.As(outsider))
        {
            Assert.False((await scope.Get<SurveysService>().FindAsync(id))!.IsForReader);
            Assert.Equal(DomainErrors.SurveyNotForYou, (await Assert.ThrowsAsync<DomainException>(
                () => scope.Get<SurveysService>().AnswerAsync(id, Yes(), new RespondentProfile(cast.Vrachesh)))).Code);
        }
        await using var db = host.Db();
        Assert.False(await db.SurveyResponses.AnyAsync(r => r.SurveyId == id));
    }

    [Fact]
    public async Task Results_AreReadByNobodyUntilTheSurveyCloses_ThenCountPaperToo_AndHideOpenAnswersAndSmallGroups()
    {
        var cast = await SurveysCast.CreateAsync(host);
        var id = await cast.PublishedAsync(host, "Анкета с резултати");
        var residents = await host.CreateResidentsAsync(6);
        foreach (var person in residents)
        {
            await SurveysCast.LivesInAsync(host, person, cast.Vrachesh);
            await SurveysCast.AnswerAsync(host, person, id, [.. Yes(trust: 4), Answer.Of("ideas", "Лична идея, която не се публикува")]);
        }
        await using (var staff = host.As(cast.Official))
        {
            await staff.Get<SurveysService>().EnterPaperAsync(id, [Answer.Of("online", "Не"), Answer.Of("trust", "1")],
                new RespondentProfile(cast.Reference.SettlementNamed("Скравена")), Guid.NewGuid());
            for (var i = 0; i < 5; i++)
            {
                await staff.Get<SurveysService>().EnterPaperAsync(id, [Answer.Of("online", "Не"), Answer.Of("trust", "2")],
                    new RespondentProfile(cast.Reference.SettlementNamed("Новачене")), Guid.NewGuid());
            }
            Assert.Equal(DomainErrors.SurveyResultsNotYet, (await Assert.ThrowsAsync<DomainException>(() => staff.Get<SurveysService>().ResultsAsync(id, null))).Code);
        }
        await using (var resident = host.As(cast.Resident))
        {
            Assert.Equal(DomainErrors.Forbidden, (await Assert.ThrowsAsync<DomainException>(
                () => resident.Get<SurveysService>().EnterPaperAsync(id, Yes(), new RespondentProfile(), Guid.NewGuid()))).Code);
        }

        host.Clock.Advance(TimeSpan.FromDays(8));
        await using var guest = host.As(null);
        var results = await guest.Get<SurveysService>().ResultsAsync(id, BreakdownBy.Settlement);

        Assert.Equal((12, 6), (results.Responses, results.PaperResponses));
        var online = results.Questions.Single(q => q.Question.Key == "online");
        Assert.Equal([6, 6, 0], online.Counts.Select(c => c.Count));
        var ideas = results.Questions.Single(q => q.Question.Key == "ideas");
        Assert.Equal((6, 0), (ideas.Answered, ideas.Counts.Count));
        var cells = results.Breakdowns["online"];
        Assert.Equal(6, cells.Single(c => c.Group == cast.Vrachesh.Value.ToString()).Counts![0].Count);
        // Скравена's one answer is hidden, and Новачене's five with it: otherwise the total would give Скравена's away.
        Assert.Null(cells.Single(c => c.Group == cast.Reference.SettlementNamed("Скравена").Value.ToString()).Counts);
        Assert.Null(cells.Single(c => c.Group == cast.Reference.SettlementNamed("Новачене").Value.ToString()).Counts);
        Assert.DoesNotContain(System.Text.Json.JsonSerializer.Serialize(results.Questions), "Лична идея");
    }

    [Fact]
    public async Task TheExport_HasAColumnPerQuestion_ForStaffOnly_AndNeverNamesWhoAnswered()
    {
        var cast = await SurveysCast.CreateAsync(host);
        var id = await cast.PublishedAsync(host, "Анкета за износ");
        await SurveysCast.AnswerAsync(host, cast.Resident, id, [.. Yes(), Answer.Of("why-not", "Нямам време")]);
        await SurveysCast.AnswerAsync(host, await host.CreateUserAsync("Втори Анкетиран"), id,
            [Answer.Of("online", "Не"), new Answer("why-not", ["Нямам време"], "=Лоша връзка"), Answer.Of("trust", "3"), Answer.Of("areas", "Екология=Добро", "Транспорт=Лошо")]);

        using (var http = new HttpSession(host.BaseUrl))
        {
            await http.LogInAsync(cast.Resident.Email);
            Assert.NotEqual(HttpStatusCode.OK, (await http.GetAsync($"/surveys/{id}/responses.csv")).StatusCode);
        }
        using var staff = new HttpSession(host.BaseUrl);
        await staff.LogInAsync(cast.Official.Email);
        var response = await staff.GetAsync($"/surveys/{id}/responses.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = Encoding.UTF8.GetString((await response.Content.ReadAsByteArrayAsync())[3..]);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.EndsWith($"ideas: {Readiness.Questions[^1].Text}", lines[0]);
        Assert.StartsWith("Отговор №,Попълнена,На хартия,Населено място,Възраст,Сектор,online: ", lines[0]);
        var second = Assert.Single(lines, l => l.Contains("Екология=Добро; Транспорт=Лошо"));
        Assert.Contains("Нямам време; Друго: =Лоша връзка", second);
        Assert.DoesNotContain(cast.Resident.DisplayName, text);
        Assert.DoesNotContain(cast.Resident.Email, text);
    }

    [Fact]
    public async Task TheFoundingTemplate_IsADraftThatPublishesAsIs()
    {
        var cast = await SurveysCast.CreateAsync(host);
        await using var staff = host.As(cast.Official);
        var surveys = staff.Get<SurveysService>();

        var id = await surveys.CreateFoundingAsync();
        await surveys.PublishAsync(id);

        var survey = (await surveys.FindAsync(id))!.Survey;
        Assert.Equal(FoundingSurvey.Title, survey.Title);
        Assert.Equal(cast.Reference.ActivePolicyAreas.Count(), survey.Questions.Single(q => q.Key == "areas").Rows.Count);
        Assert.Contains(survey.Questions, q => q.ShowIf is not null);
    }
}
