using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.Deadlines;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Security;
using Dialogues.App.Infrastructure.Time;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Problems;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dialogues.App.Features.Problems;

/// <summary>Reports from several villages and the town, one or more in every state of the workflow.</summary>
internal sealed class ProblemsDemoSeeder(
    IDbContextFactory<AppDbContext> databases,
    UserManager<AppUser> users,
    IOptions<ProblemsOptions> options,
    TimeProvider clock, MunicipalCalendar calendar) : IDemoSeeder
{
    public int Order => 30;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        if (await db.ProblemReports.AnyAsync(cancellationToken))
        {
            return;
        }
        var administrator = await DemoAccountsSeeder.ActorAsync(users, DemoAccounts.Administrator);
        var official = await DemoAccountsSeeder.ActorAsync(users, DemoAccounts.Official);
        var resident = await DemoAccountsSeeder.ActorAsync(users, DemoAccounts.Resident);
        var resident2 = await DemoAccountsSeeder.ActorAsync(users, DemoAccounts.Resident2);
        var ngo = await DemoAccountsSeeder.ActorAsync(users, DemoAccounts.Ngo);
        var categories = await db.ProblemCategories.OrderBy(c => c.SortOrder).ToListAsync(cancellationToken);
        var territory = await ProblemsService.TerritoryAsync(db, options.Value.Bounds, cancellationToken);
        var settlements = await db.Settlements.AsNoTracking().ToDictionaryAsync(s => s.Name.Bulgarian, s => s.Id, cancellationToken);
        var now = clock.GetUtcNow();
        var number = 0;

        ProblemReport Report(Actor reporter, int category, string settlement, double dLat, double dLon, string title, string description, int daysAgo)
        {
            var centre = territory.Settlements[settlements[settlement]].Centre;
            var at = now.AddDays(-daysAgo);
            var report = ProblemReport.Submit(reporter, ++number, categories[category],
                new ProblemPlace(settlements[settlement], new GeoPoint(centre.Latitude + dLat, centre.Longitude + dLon), null, SettlementConfirmed: true),
                territory, title, description, [], calendar.DateOf(at), options.Value.AnswerMonths, at);
            db.ProblemReports.Add(report);
            return report;
        }

        Actor HandlerOf(ProblemReport report) => report.MayBeHandledBy(official) ? official : administrator;

        void Move(ProblemReport report, int daysAgo, params (ProblemStatus To, string Note)[] steps)
        {
            foreach (var (to, note) in steps)
            {
                report.ChangeStatus(HandlerOf(report), to, note, to == ProblemStatus.NotCompetent ? "Областна администрация – София, отдел „Транспорт“" : null, now.AddDays(-daysAgo));
            }
        }

        var lamp = Report(resident, 0, "Скравена", 0.0012, 0.0008, "Не свети уличната лампа до читалището",
            "Лампата на стълба срещу читалище „Христо Ботев“ не свети от две седмици; вечер улицата е тъмна.", 3);
        var lampAgain = Report(resident2, 0, "Скравена", 0.0013, 0.0009, "Тъмно до читалището",
            "Вечер няма осветление пред читалището, децата се прибират по тъмно.", 2);
        lampAgain.MergeInto(administrator, lamp, "Същият стълб като СГ-1; следете сигнала там.", 1, now.AddDays(-1));

        var pothole = Report(resident2, 1, "Врачеш", -0.0008, 0.0011, "Дупка на пътя към гарата",
            "Голяма дупка на завоя преди гарата; колите я заобикалят в насрещното платно.", 9);
        Move(pothole, 7, (ProblemStatus.Confirmed, "Проверено на място; дупката е около метър широка."));

        var leak = Report(ngo, 3, "Ботевград", 0.0021, -0.0015, "Тече вода от шахта на ул. „Васил Левски“",
            "От шахтата пред № 12 постоянно тече чиста вода, вероятно спукан водопровод.", 15);
        Move(leak, 12, (ProblemStatus.Confirmed, "Потвърдено от ВиК; подадено към авариен екип."),
            (ProblemStatus.Planned, "Ремонтът е планиран за следващия месец заедно с подмяната на участъка."));

        var waste = Report(resident, 2, "Гурково", 0.0005, -0.0009, "Препълнени контейнери на площада",
            "Контейнерите на площада не са извозвани повече от седмица.", 6);
        Move(waste, 4, (ProblemStatus.Confirmed, "Потвърдено; сметоизвозването е пропуснало селото."),
            (ProblemStatus.InProgress, "Камионът е насрочен за утре сутрин."));

        var tree = Report(resident2, 4, "Литаково", -0.0006, 0.0004, "Паднало дърво в парка",
            "След бурята голям клон е паднал върху алеята в парка до училището.", 40);
        Move(tree, 31, (ProblemStatus.Confirmed, "Потвърдено, алеята е заградена."),
            (ProblemStatus.Fixed, "Клонът е отрязан и извозен, алеята е почистена."));

        var pavement = Report(resident, 1, "Ботевград", -0.0011, 0.0017, "Разбити плочки на тротоара",
            "Плочките пред поликлиниката са разбити; трудно се минава с количка.", 60);
        Move(pavement, 50, (ProblemStatus.Confirmed, "Потвърдено."), (ProblemStatus.Fixed, "Плочките са подменени."));
        pavement.AnswerFixCheck(resident, true, "Благодаря, вече е добре.", now.AddDays(-20));

        var bus = Report(ngo, 5, "Новачене", 0.0009, 0.0002, "Автобусът не спира на спирка „Център“",
            "Сутрешният автобус за София подминава спирката в центъра на селото.", 20);
        Move(bus, 18, (ProblemStatus.NotCompetent, "Междуселищната линия се възлага от областта, не от общината."));

        var dogs = Report(resident, 6, "Трудовец", 0.0003, 0.0003, "Глутница кучета край училището",
            "Около училището има пет-шест кучета без стопани; децата се страхуват.", 25);
        Move(dogs, 22, (ProblemStatus.Rejected, "При две проверки не бяха открити кучета; ако ги видите отново, пишете с час и място."));

        Report(resident2, 7, "Боженица", -0.0004, -0.0005, "Няма рампа към пощата",
            "Входът на пощата е само със стъпала; хора в инвалидна количка не могат да влязат.", 70);

        db.ProblemMeToos.Add(new ProblemMeToo { ReportId = lamp.Id, UserId = resident2.Id, AddedAt = now.AddDays(-1) });
        db.ProblemMeToos.Add(new ProblemMeToo { ReportId = pothole.Id, UserId = ngo.Id, AddedAt = now.AddDays(-5) });
        pothole.AddMeToo(ngo);
        RegistrationNumbers.Continue(db, ProblemReport.Series, RegistrationNumbers.Running, number);
        await db.SaveChangesAsync(cancellationToken);
    }
}
