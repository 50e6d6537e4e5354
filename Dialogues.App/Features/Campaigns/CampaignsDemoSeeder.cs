using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.ReferenceData;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Security;
using Dialogues.App.Infrastructure.Time;
using Dialogues.Domain.Campaigns;
using Dialogues.Domain.Participants;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Campaigns;

/// <summary>
/// An NGO's campaign gathering signatures, another that reached its goal and waits to be sent to the municipality,
/// a resident's one about to close, and a closed one.
/// </summary>
internal sealed class CampaignsDemoSeeder(
    IDbContextFactory<AppDbContext> databases,
    UserManager<AppUser> users,
    ReferenceCatalog catalog,
    TimeProvider clock, MunicipalCalendar calendar) : IDemoSeeder
{
    public int Order => 30;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        if (await db.Campaigns.AnyAsync(cancellationToken))
        {
            return;
        }
        var reference = await catalog.GetAsync();
        var participants = await DemoAccountsSeeder.ParticipantsAsync(users);
        var (resident, neighbour, ngo) = (participants[0], participants[1], participants[2]);
        var now = clock.GetUtcNow();
        var today = calendar.DateOf(now);
        var areas = reference.PolicyAreas;

        var crossing = Campaign.Start(ngo, new CampaignDraft("Безопасна пешеходна пътека до училището в Литаково",
            "Искаме от общината да изгради осветена и обозначена пешеходна пътека с легнал полицай пред ОУ „Христо Ботев“ в Литаково.\n\n"
            + "Всеки ден над 80 деца пресичат пътя за Ботевград без пешеходна пътека. Подписката ще внесем като препоръка към общината.",
            "Сдружение „Родители за Литаково“", areas[1].Id, reference.SettlementNamed("Литаково"), 150, today.AddDays(20)), today.AddDays(-10), now.AddDays(-10));
        var buses = Campaign.Start(neighbour, new CampaignDraft("Още един автобус сутрин от Рашково до Ботевград",
            "Молим общината да добави курс в 6:40 от Рашково, за да стигат работещите и учениците навреме. Сега първият автобус пристига в 8:15.",
            null, areas[1].Id, reference.SettlementNamed("Рашково"), 60, today.AddDays(2)), today.AddDays(-25), now.AddDays(-25));
        var earlier = today.AddDays(-60);
        var library = Campaign.Start(resident, new CampaignDraft("Удължено работно време на градската библиотека в събота",
            "Предлагаме библиотеката да работи в събота до 17:00, за да могат да я ползват работещите и учениците през уикенда.",
            null, areas[3].Id, reference.SettlementNamed("Ботевград"), 50, earlier.AddDays(30)), earlier, now.AddDays(-60));
        var bins = Campaign.Start(ngo, new CampaignDraft("Контейнери за разделно събиране във всеки квартал",
            "Искаме общината да постави жълти, сини и зелени контейнери на поне едно място във всеки квартал на Ботевград до пролетта.\n\n"
            + "Сега най-близките са на повече от километър от кв. „Васил Левски“ и кв. „Саранск“, и хората изхвърлят всичко заедно.",
            "Сдружение „Зелен Ботевград“", areas[1].Id, reference.SettlementNamed("Ботевград"), 10, today.AddDays(40)), today.AddDays(-12), now.AddDays(-12));
        Actor[] binSigners = [resident, neighbour, .. await DemoAccountsSeeder.NeighboursAsync(users)];
        foreach (var (campaign, signers, day) in new[]
        {
            (crossing, new[] { resident, neighbour }, today.AddDays(-5)), (bins, binSigners, today.AddDays(-3)),
            (buses, [resident, ngo], today.AddDays(-20)), (library, [neighbour, ngo], earlier.AddDays(3)),
        })
        {
            for (var i = 0; i < signers.Length; i++)
            {
                db.CampaignSignatures.Add(campaign.Sign(signers[i], false, showName: i % 3 == 0, day, calendar.StartOf(day).AddHours(12 + i)));
            }
            db.Campaigns.Add(campaign);
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
