using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.ReferenceData;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Security;
using Dialogues.App.Infrastructure.Time;
using Dialogues.Domain.Monitoring;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Monitoring;

/// <summary>Five monitored policies with objectives and indicators (with values); an open round on each, and a closed one with results on two.</summary>
internal sealed class MonitoringDemoSeeder(
    IDbContextFactory<AppDbContext> databases,
    UserManager<AppUser> users,
    ReferenceCatalog catalog,
    TimeProvider clock, MunicipalCalendar calendar) : IDemoSeeder
{
    public int Order => 25;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        if (await db.MonitoredPolicies.AnyAsync(cancellationToken))
        {
            return;
        }
        var reference = await catalog.GetAsync();
        var admin = await DemoAccountsSeeder.ActorAsync(users, DemoAccounts.Administrator);
        var official = await DemoAccountsSeeder.ActorAsync(users, DemoAccounts.Official);
        var residents = await DemoAccountsSeeder.ParticipantsAsync(users);
        var now = clock.GetUtcNow();
        var today = calendar.DateOf(now);
        var areas = reference.PolicyAreas;
        var department = official.DepartmentId;

        (string Title, int Area, string[] Objectives, (string Name, string Unit, decimal Baseline, decimal Target, decimal[] Values)[] Indicators)[] policies =
        [
            ("Достъпен обществен транспорт до селата", 1, ["Автобус всеки делничен ден до всяко село", "Спирки с навес и разписание"],
                [("Курсове на седмица до селата", "бр.", 40, 70, [42, 48, 55]), ("Спирки с навес", "бр.", 18, 40, [18, 22, 27])]),
            ("Разделно събиране и по-чиста градска среда", 1, ["Повече разделно събрани отпадъци", "Компостиране в селата"],
                [("Дял на разделно събраните отпадъци", "%", 12, 35, [13, 17, 21])]),
            ("Патронажна грижа за възрастните хора", 6, ["Грижа в домашна среда във всяко село"],
                [("Обслужени възрастни хора", "бр.", 120, 300, [130, 175, 210])]),
            ("Прозрачен общински бюджет", 0, ["Бюджет и отчети, разбираеми за всеки", "Публично обсъждане на бюджета"],
                [("Публикувани тримесечни отчети", "бр.", 1, 4, [1, 2, 4])]),
            ("Спорт за всички деца", 5, ["Безплатни тренировки за децата от селата"],
                [("Деца в безплатни спортни занимания", "бр.", 150, 400, [160, 220, 260])]),
        ];
        for (var p = 0; p < policies.Length; p++)
        {
            var (title, area, objectives, indicators) = policies[p];
            var policy = MonitoredPolicy.Define(admin, title, $"Политиката „{title}“ е под гражданско наблюдение от МИГ Ботевград и партньорите.",
                areas[area].Id, department, objectives, now.AddMonths(-8));
            db.MonitoredPolicies.Add(policy);
            foreach (var (name, unit, baseline, target, values) in indicators)
            {
                var indicator = Indicator.Define(admin, policy, name, unit, baseline, target);
                for (var v = 0; v < values.Length; v++)
                {
                    indicator.Record(official, policy, today.AddMonths(-6 + 3 * v), values[v], unit, "Отчет на общинската администрация", now);
                }
                db.Indicators.Add(indicator);
            }
            var open = MonitoringRound.Schedule(admin, policy, "Есен 2026", today.AddDays(-5), today.AddDays(9));
            db.MonitoringRounds.Add(open);
            if (p < 2)
            {
                var spring = MonitoringRound.Schedule(admin, policy, "Пролет 2026", today.AddMonths(-6), today.AddMonths(-6).AddDays(14));
                db.MonitoringRounds.Add(spring);
                for (var r = 0; r < residents.Length; r++)
                {
                    db.Evaluations.Add(Evaluation.Submit(policy, spring, residents[r], new Scores(2 + r % 2, 2, 3 + r % 3, 2 + r), "Бавен напредък.", spring.OpensOn, now.AddMonths(-6)));
                }
                db.Evaluations.Add(Evaluation.Submit(policy, open, residents[2], new Scores(4, 3, 4, 3), "Вече има промяна.", today, now));
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
