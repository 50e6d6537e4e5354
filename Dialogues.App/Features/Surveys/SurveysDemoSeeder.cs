using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.ReferenceData;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Security;
using Dialogues.Domain.Surveys;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Surveys;

/// <summary>
/// The founding survey repeated and closed, with 90 answers (most typed in from paper, as in the villages) so its
/// results page shows charts and breakdowns; and a short survey open now, for the answering journey.
/// </summary>
internal sealed class SurveysDemoSeeder(
    IDbContextFactory<AppDbContext> databases,
    UserManager<AppUser> users,
    ReferenceCatalog catalog,
    TimeProvider clock) : IDemoSeeder
{
    public const string OpenSurveyTitle = "Автобусите до селата";

    public int Order => 30;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        if (await db.Surveys.AnyAsync(cancellationToken))
        {
            return;
        }
        var reference = await catalog.GetAsync();
        var official = await DemoAccountsSeeder.ActorAsync(users, DemoAccounts.Official);
        var neighbours = await DemoAccountsSeeder.NeighboursAsync(users);
        var now = clock.GetUtcNow();

        var founding = Survey.Create(official, FoundingSurvey.Draft(reference, now.AddDays(-60), now.AddDays(-20)), now.AddDays(-62));
        founding.Publish(official, now.AddDays(-61));
        db.Surveys.Add(founding);
        // A fixed seed: the demo's results are the same on every machine.
        var random = new Random(2026);
        var settlements = reference.ActiveSettlements.Select(s => s.Id).ToList();
        var areas = reference.ActivePolicyAreas.Select(a => a.NameBg).ToList();
        for (var i = 0; i < 90; i++)
        {
            // Most from the town, a few from each village: small villages fall under the breakdowns' minimum.
            var settlement = random.Next(3) == 0 ? settlements[random.Next(settlements.Count)] : settlements[0];
            var profile = new RespondentProfile(settlement, (AgeBand)random.Next(1, 5), random.Next(5) switch { 0 => RespondentSector.Ngo, 1 => RespondentSector.Business, _ => RespondentSector.Resident });
            var answers = FoundingAnswers(random, areas, profile.Sector!.Value);
            var answeredAt = now.AddDays(-59 + random.Next(38));
            db.SurveyResponses.Add(i < neighbours.Count
                ? SurveyResponse.Submit(founding, neighbours[i], settlement, false, answers, profile, answeredAt)
                : SurveyResponse.EnterPaper(founding, official, answers, profile, answeredAt));
        }

        var buses = Survey.Create(official, new SurveyDraft(OpenSurveyTitle,
            "Общината преразглежда разписанията на линиите до селата от следващата година. Кажете ни как пътувате.",
            [
                new SurveySection("Как пътувате", null,
                [
                    new("how-often", "Колко често пътувате с автобус до Ботевград?", QuestionType.SingleChoice, Required: true,
                        Options: ["Всеки ден", "Всяка седмица", "Няколко пъти в месеца", "Не пътувам с автобус"]),
                    new("why-not", "Защо не пътувате с автобус?", QuestionType.MultipleChoice, AllowOther: true,
                        Options: ["Няма удобен час", "Пътувам с кола", "Автобусът е далеч от дома ми"], ShowIf: new ShowIf("how-often", ["Не пътувам с автобус"])),
                    new("satisfied", "Доколко сте доволни от разписанието?", QuestionType.Scale, Required: true),
                    new("suggestion", "Какво бихте променили?", QuestionType.ShortText),
                ]),
            ],
            now.AddDays(-3), now.AddDays(25), SurveyAudience.Everyone), now.AddDays(-5));
        buses.Publish(official, now.AddDays(-4));
        db.Surveys.Add(buses);
        foreach (var neighbour in neighbours.Take(3))
        {
            db.SurveyResponses.Add(SurveyResponse.Submit(buses, neighbour, null, false,
                [Answer.Of("how-often", "Всяка седмица"), Answer.Of("satisfied", "2")], new RespondentProfile(), now.AddDays(-2)));
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static Answer[] FoundingAnswers(Random random, List<string> areas, RespondentSector sector)
    {
        var internet = FoundingSurvey.InternetUse[Math.Min(random.Next(5), 3)];
        var participate = FoundingSurvey.Participation[random.Next(4)];
        List<Answer> answers =
        [
            Answer.Of("role", FoundingSurvey.Roles[(int)sector]),
            Answer.Of("internet", internet),
            Answer.Of("skills", $"{random.Next(1, 6)}"),
            Answer.Of("participate", participate),
            new("forms", FoundingSurvey.Forms.Where(_ => random.Next(3) == 0).DefaultIfEmpty(FoundingSurvey.Forms[0]).ToList()),
            Answer.Of("trust", $"{random.Next(1, 6)}"),
            new("areas", areas.Select(a => $"{a}={FoundingSurvey.Ratings[random.Next(FoundingSurvey.Ratings.Length)]}").ToList()),
            new("priorities", areas.OrderBy(_ => random.Next()).ToList()),
        ];
        if (internet != FoundingSurvey.InternetUse[3])
        {
            answers.Add(new("devices", random.Next(3) == 0 ? ["Смартфон", "Компютър или лаптоп"] : ["Смартфон"]));
        }
        if (Array.IndexOf(FoundingSurvey.Participation, participate) >= 2)
        {
            answers.Add(random.Next(6) == 0
                ? new Answer("barriers", [], "Не знам къде да намеря обсъжданията")
                : new Answer("barriers", [FoundingSurvey.Barriers[random.Next(FoundingSurvey.Barriers.Length)]]));
        }
        if (random.Next(4) == 0)
        {
            answers.Add(Answer.Of("hours", $"{random.Next(1, 9)}"));
        }
        return [.. answers];
    }
}
