using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.Deadlines;
using Dialogues.App.Features.ReferenceData;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Security;
using Dialogues.App.Infrastructure.Time;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Recommendations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dialogues.App.Features.Recommendations;

/// <summary>Recommendations in every state: waiting for screening, refused, unassigned, overdue, extended, decided, being implemented, done.</summary>
internal sealed class RecommendationsDemoSeeder(
    IDbContextFactory<AppDbContext> databases,
    UserManager<AppUser> users,
    ReferenceCatalog catalog,
    IOptions<RecommendationOptions> options,
    TimeProvider clock, MunicipalCalendar calendar) : IDemoSeeder
{
    public int Order => 20;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using (var check = await databases.CreateDbContextAsync(cancellationToken))
        {
            if (await check.Recommendations.AnyAsync(cancellationToken))
            {
                return;
            }
        }
        var reference = await catalog.GetAsync();
        var resident = await DemoAccountsSeeder.ActorAsync(users, DemoAccounts.Resident);
        var neighbour = await DemoAccountsSeeder.ActorAsync(users, DemoAccounts.Resident2);
        var ngo = await DemoAccountsSeeder.ActorAsync(users, DemoAccounts.Ngo);
        var moderator = await DemoAccountsSeeder.ActorAsync(users, DemoAccounts.Moderator);
        var admin = await DemoAccountsSeeder.ActorAsync(users, DemoAccounts.Administrator);
        var official = await DemoAccountsSeeder.ActorAsync(users, DemoAccounts.Official);
        var department = official.DepartmentId!.Value;
        var now = clock.GetUtcNow();
        var areas = reference.PolicyAreas;
        var skravena = reference.SettlementNamed("Скравена");

        async Task<Recommendation> Create(Actor author, string title, string text, int area, int daysAgo, bool showName = true, Action<Recommendation, DateTimeOffset>? then = null)
        {
            var at = now.AddDays(-daysAgo);
            var recommendation = Recommendation.Submit(author, title, text, areas[area].Id, area == 1 ? skravena : null, null, null, showName, at);
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            await db.InTransactionAsync(async () =>
            {
                if (then is not null)
                {
                    var registered = at.AddDays(1);
                    var today = calendar.DateOf(registered);
                    var sequence = await RegistrationNumbers.NextAsync(db, Recommendation.Series, today.Year, cancellationToken);
                    recommendation.Register(moderator, new RegistrationNumber(Recommendation.Series, today.Year, sequence), today, options.Value.AnswerMonths, registered);
                    then(recommendation, registered);
                }
                db.Recommendations.Add(recommendation);
                await db.SaveChangesAsync(cancellationToken);
            }, cancellationToken);
            return recommendation;
        }

        void Assign(Recommendation r, DateTimeOffset at) => r.AssignTo(admin, department, "Ремонтът е в обхвата на дирекцията.", at.AddDays(1));

        await Create(neighbour, "Пешеходна пътека пред ДГ „Щастливо детство“",
            "Родителите пресичат булеварда без маркировка. Предлагаме пешеходна пътека и светлинна сигнализация пред детската градина.", 1, 1);
        var refused = await Create(resident, "Купете ми кола", "Купете ми кола, моля, много ми трябва за работа всеки ден.", 4, 20);
        await using (var db = await databases.CreateDbContextAsync(cancellationToken))
        {
            db.Recommendations.Attach(refused);
            refused.RefuseRegistration(moderator, "Предложението не е за обществена услуга или политика на общината.", now.AddDays(-19));
            await db.SaveChangesAsync(cancellationToken);
        }
        await Create(ngo, "Безплатен транспорт за възрастни от селата", "Предлагаме веднъж седмично безплатен автобус от селата до поликлиниката в Ботевград за хора над 70 години.", 6, 3, then: (_, _) => { });
        var overdue = await Create(resident, "Осветление на ул. „Христо Ботев“ в Скравена", "Половината лампи по улицата не светят от година. Молим за ремонт и LED осветление с датчици.", 1, 72, then: Assign);
        await Create(neighbour, "Зелени площи вместо паркинг до пазара", "Предлагаме част от паркинга до пазара да стане зелена площ с пейки и дървета.", 1, 50, then: (r, at) =>
        {
            Assign(r, at);
            r.ExtendDeadline(official with { IsDepartmentHead = true }, r.Deadline!.StartDate.AddMonths(4), "Нужно е становище на главния архитект и съгласуване с търговците на пазара.", options.Value.MaxTotalMonths, at.AddDays(30));
        });
        await Create(ngo, "Намаляване на такса смет за самотни пенсионери", "Предлагаме намаление на таксата за битови отпадъци с 50% за самотно живеещи пенсионери с доход под минималния.", 0, 40, then: (r, at) =>
        {
            Assign(r, at);
            r.Decide(official, DecisionOutcome.Rejected, "Наредбата позволява облекчения само по чл. 19 от ЗМДТ; такова намаление изисква промяна в закона, а не в местната наредба.", null, calendar.DateOf(at.AddDays(20)), at.AddDays(20));
            r.RecordCommunication(at.AddDays(20), null);
        });
        await Create(resident, "Ремонт на моста над река Бебреш", "Парапетът на пешеходния мост е паднал на две места и е опасно за децата.", 1, 100, then: (r, at) =>
        {
            Assign(r, at);
            r.Decide(official, DecisionOutcome.Forwarded, "Мостът е част от републиканската пътна мрежа и е в компетентността на АПИ; препратихме сигнала с писмо.", "Агенция „Пътна инфраструктура“, ОПУ София", calendar.DateOf(at.AddDays(15)), at.AddDays(15));
            r.RecordCommunication(at.AddDays(16), null);
        });
        var implementing = await Create(ngo, "Велосипедни стойки пред училищата", "Предлагаме стойки за поне 30 велосипеда пред всяко училище в общината.", 5, 90, then: (r, at) =>
        {
            Assign(r, at);
            r.Decide(official, DecisionOutcome.Accepted, "Приемаме препоръката: стойките са включени в плана за 2026 г. по програма за устойчива мобилност.", null, calendar.DateOf(at.AddDays(25)), at.AddDays(25));
            r.RecordCommunication(at.AddDays(25), null);
            r.ReportProgress(official, 40);
        });
        var done = await Create(neighbour, "Пейки по алеята в парк „Зелин“", "Предлагаме пейки на всеки 100 метра по главната алея на парка.", 5, 200, then: (r, at) =>
        {
            Assign(r, at);
            r.Decide(official, DecisionOutcome.PartlyAccepted, "Поставяме пейки на всеки 200 метра – толкова позволява бюджетът за 2025 г.", null, calendar.DateOf(at.AddDays(30)), at.AddDays(30));
            r.RecordCommunication(at.AddDays(30), null);
            r.CompleteImplementation(official, at.AddDays(120));
        });
        await using (var db = await databases.CreateDbContextAsync(cancellationToken))
        {
            db.Recommendations.Attach(implementing);
            db.Milestones.Add(Milestone.Plan(implementing, official, "Поръчка на стойките", calendar.DateOf(now.AddDays(-20))));
            db.Milestones.Add(Milestone.Plan(implementing, official, "Монтаж пред училищата в Ботевград", calendar.DateOf(now.AddDays(30))));
            db.Evidence.Add(Evidence.Add(implementing, official, "Договорът с доставчика е подписан; стойките се очакват през следващия месец.", now.AddDays(-10)));
            db.Recommendations.Attach(overdue);
            db.CoSignatures.Add(CoSignature.Sign(overdue, neighbour, now.AddDays(-60)));
            db.CoSignatures.Add(CoSignature.Sign(overdue, ngo, now.AddDays(-59)));
            db.Recommendations.Attach(done);
            db.OutcomeRatings.Add(OutcomeRating.Rate(done, resident, 4, now.AddDays(-30)));
            db.OutcomeRatings.Add(OutcomeRating.Rate(done, ngo, 3, now.AddDays(-25)));
            db.AnswerTemplates.Add(AnswerTemplate.Create(official, "Приемаме – включено в плана", DecisionOutcome.Accepted, "Приемаме препоръката. Мярката е включена в плана на дирекцията за текущата година; ще публикуваме етапите на изпълнение тук.", now));
            db.AnswerTemplates.Add(AnswerTemplate.Create(official, "Не е в компетентността на общината", DecisionOutcome.Forwarded, "Въпросът не е в компетентността на общината. Препратихме препоръката до компетентния орган и ще ви уведомим за отговора.", now));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
