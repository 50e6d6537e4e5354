using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.ReferenceData;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Security;
using Dialogues.App.Infrastructure.Time;
using Dialogues.Domain.Acts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Acts;

/// <summary>
/// The register as a resident would find it: a draft ordinance on local fees under consultation (with comments),
/// an ordinance on temporary structures adopted after a 10-day consultation and no summary (flagged), and the
/// social services strategy with the council decision that implements it.
/// </summary>
internal sealed class ActsDemoSeeder(
    IDbContextFactory<AppDbContext> databases,
    UserManager<AppUser> users,
    ReferenceCatalog catalog,
    TimeProvider clock, MunicipalCalendar calendar) : IDemoSeeder
{
    public int Order => 20;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        if (await db.Acts.AnyAsync(cancellationToken))
        {
            return;
        }
        var reference = await catalog.GetAsync();
        var official = await DemoAccountsSeeder.ActorAsync(users, DemoAccounts.Official);
        var administrator = await DemoAccountsSeeder.ActorAsync(users, DemoAccounts.Administrator);
        var resident = await DemoAccountsSeeder.ActorAsync(users, DemoAccounts.Resident);
        var ngo = await DemoAccountsSeeder.ActorAsync(users, DemoAccounts.Ngo);
        var now = clock.GetUtcNow();
        var today = calendar.DateOf(now);
        var (taxes, urban, social) = (reference.PolicyAreas[0].Id, reference.PolicyAreas[1].Id, reference.PolicyAreas[6].Id);

        var fees = Act.Create(official, new ActDraft(
            "Проект № 2/2026",
            "Наредба за изменение на Наредбата за определянето и администрирането на местните такси и цени на услуги",
            ActType.OrdinanceAmendment, IssuingBody.MunicipalCouncil, [taxes], official.DepartmentId,
            """
            § 1. В чл. 18 думите „2,40 лв. на тон“ се заменят с „2,90 лв. на тон“.

            § 2. В чл. 22 се създава ал. 3: „Жителите на селата, обслужвани веднъж седмично, плащат такса битови отпадъци с 30 на сто по-ниска.“

            § 3. В чл. 35 се създава ал. 2: „Таксата за ползване на детска градина не се дължи за дните, в които детето отсъства по болест.“

            § 4. Наредбата влиза в сила от 1 януари следващата година.
            """,
            "Разходите за сметосъбиране и депониране растат; предлаганата промяна покрива част от тях и облекчава селата с по-рядко обслужване.",
            "Очакван допълнителен приход: около 180 000 лв. годишно. Засегнати: всички домакинства; облекчение за около 2 100 домакинства в селата.",
            today.AddDays(-10), today.AddDays(19), null, null, null, null, []), now.AddDays(-10));
        db.ActRevisions.Add(fees.Publish(official, now.AddDays(-10), despiteFindings: true));
        db.Acts.Add(fees);
        db.ConsultationComments.Add(ConsultationComment.Post(fees, resident, 2,
            "Добре е за селата, но в Скравена камионът идва веднъж на две седмици — трябва отстъпка и за това.", today.AddDays(-4), now.AddDays(-4)));
        db.ConsultationComments.Add(ConsultationComment.Post(fees, ngo, null,
            "Предлагаме разделно събиране с по-ниска такса за домакинствата, които компостират.", today.AddDays(-2), now.AddDays(-2)));

        var kiosks = Act.Create(official, new ActDraft(
            "Наредба № 7/2026",
            "Наредба за реда и условията за поставяне на преместваеми обекти на територията на община Ботевград",
            ActType.Ordinance, IssuingBody.MunicipalCouncil, [urban], official.DepartmentId,
            """
            Чл. 1. Наредбата урежда поставянето на павилиони, маси и други преместваеми обекти на общинска земя.

            Чл. 2. Разрешение се издава от кмета след одобрена схема за разполагане.

            Чл. 3. Обектите не могат да заемат повече от половината от ширината на тротоара.
            """,
            "Уреждане на реда за поставяне на преместваеми обекти след промените в Закона за устройство на територията.",
            "Засяга около 60 търговци; без допълнителни разходи за бюджета.",
            today.AddDays(-60), today.AddDays(-51), null, today.AddDays(-45), today.AddDays(-30), null, []), now.AddDays(-60));
        db.ActRevisions.Add(kiosks.Publish(official, now.AddDays(-60), despiteFindings: true));
        db.Acts.Add(kiosks);

        var strategy = Act.Create(administrator, new ActDraft(
            "Стратегия 2026–2030",
            "Общинска стратегия за развитие на социалните услуги 2026–2030",
            ActType.Strategy, IssuingBody.MunicipalCouncil, [social], null,
            """
            ## Цели

            1. Социални услуги в домашна среда за възрастните хора във всички 12 села.

            2. Дневен център за деца с увреждания в Ботевград.

            3. Приемна грижа за всяко дете, отделено от семейството си.
            """,
            null, null, null, null, null, today.AddDays(-120), today.AddDays(-110), null, []), now.AddDays(-125));
        db.ActRevisions.Add(strategy.Publish(administrator, now.AddDays(-120), despiteFindings: true));
        db.Acts.Add(strategy);

        var decision = Act.Create(administrator, new ActDraft(
            "Решение № 412/2026",
            "Решение за откриване на услугата „Патронажна грижа“ в селата Врачеш, Скравена и Трудовец",
            ActType.CouncilDecision, IssuingBody.MunicipalCouncil, [social], null,
            "1. Открива от 1 юни услугата „Патронажна грижа“ в селата Врачеш, Скравена и Трудовец.\n\n2. Възлага на кмета да осигури финансирането.",
            null, null, null, null, null, today.AddDays(-40), today.AddDays(-30), null, [new ActLink(ActLinkKind.Implements, strategy.Id)]), now.AddDays(-41));
        db.ActRevisions.Add(decision.Publish(administrator, now.AddDays(-40), despiteFindings: true));
        db.Acts.Add(decision);

        await db.SaveChangesAsync(cancellationToken);
    }
}
