using Dialogues.App.Features.Community;
using Dialogues.Domain.Community;
using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.ReferenceData;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Security;
using Dialogues.Domain.DialogueSpaces;
using Dialogues.Domain.News;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.News;

/// <summary>
/// The municipality's news about the platform and a repair, a department's notice to villages, an NGO's article,
/// an archived item, and a scheduled one that the release job brings out tomorrow.
/// </summary>
internal sealed class NewsDemoSeeder(
    IDbContextFactory<AppDbContext> databases,
    UserManager<AppUser> users,
    ReferenceCatalog catalog,
    TimeProvider clock) : IDemoSeeder
{
    public int Order => 30;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        if (await db.Articles.AnyAsync(cancellationToken))
        {
            return;
        }
        var reference = await catalog.GetAsync();
        var official = await DemoAccountsSeeder.ActorAsync(users, DemoAccounts.Official);
        var ngo = await DemoAccountsSeeder.ActorAsync(users, DemoAccounts.Ngo);
        var now = clock.GetUtcNow();
        var areas = reference.PolicyAreas;

        var launch = Article.Write(official, ArticleVoice.Municipality, null, new ArticleDraft(
            "Започват „Диалози за бъдещето на Ботевград“",
            "Общината отваря онлайн платформа, в която жителите, организациите и бизнесът обсъждат заедно политиките за развитие на града и селата.",
            "## Какво можете да правите\n\n- да участвате в **живи дискусии** по седемте области на политиките;\n"
            + "- да изпращате препоръки и сигнали, на които общината отговаря в законовите срокове;\n"
            + "- да следите проектите на актове, обществените консултации и изпълнението на политиките.\n\n"
            + "Регистрацията е безплатна. Повече за правилата ще намерите в [условията за ползване](terms).",
            [.. areas.Select(a => a.Id)], []), now.AddDays(-20));
        launch.PublishNow(official, now.AddDays(-20));

        var water = Article.Write(official, ArticleVoice.Department, null, new ArticleDraft(
            "Планирано спиране на водата в Скравена и Новачене",
            "Поради ремонт на водопровода на 12 декември водата в двете села ще бъде спряна от 9:00 до 16:00 часа.",
            "Ремонтът е част от програмата за подмяна на етернитовите тръби в селата на общината.\n\n"
            + "Водоноска ще бъде осигурена пред кметствата в двете села от 10:00 часа. Молим жителите да се запасят с вода предварително.",
            [areas[1].Id], [reference.SettlementNamed("Скравена"), reference.SettlementNamed("Новачене")]), now.AddDays(-2));
        water.PublishNow(official, now.AddDays(-2));

        // The NGO demo account writes for its organisation (seeded just before).
        var green = await db.Organisations.Where(o => o.Name == OrganisationsDemoSeeder.NgoName).Select(o => (OrganisationId?)o.Id).SingleOrDefaultAsync(cancellationToken);
        var trees = Article.Write(ngo, ArticleVoice.Organisation, OrganisationsDemoSeeder.NgoName, new ArticleDraft(
            "Засадихме 120 дръвчета в парк „Ботевградски балкан“",
            "Над 60 доброволци, ученици и служители на общината засадиха липи и кленове по алеите на парка през уикенда.",
            "Благодарим на всички, които дойдоха с лопати и добро настроение! Дръвчетата са дарение от местни фирми.\n\n"
            + "През пролетта ще организираме поливане и поставяне на табелки. Ако искате да помогнете, пишете ни.",
            [areas[1].Id], [reference.SettlementNamed("Ботевград")]), now.AddDays(-6), organisationId: green);
        trees.PublishNow(ngo, now.AddDays(-6));

        var budget = Article.Write(official, ArticleVoice.Municipality, null, new ArticleDraft(
            "Обществено обсъждане на бюджета за 2026 година",
            "Общината кани жителите на обществено обсъждане на проекта на бюджет за 2026 година в заседателната зала на общината.",
            "Проектът на бюджет беше публикуван за консултация. Предложенията, постъпили на обсъждането, са отразени в справка към решението на общинския съвет.",
            [areas[0].Id], []), now.AddDays(-300));
        budget.PublishNow(official, now.AddDays(-300));
        budget.Archive(official, now.AddDays(-200));

        var market = Article.Write(official, ArticleVoice.Municipality, null, new ArticleDraft(
            "Коледен базар на площад „Свобода“",
            "От 18 до 23 декември на площада ще има коледен базар с местни производители, читалищата и училищата от общината.",
            "Програмата включва концерти на читалищните състави всяка вечер от 17:30 часа и работилници за деца.",
            [areas[3].Id, areas[4].Id], [reference.SettlementNamed("Ботевград")]), now);
        market.Schedule(official, now.AddDays(1), now);

        db.Articles.AddRange(launch, water, trees, budget, market);

        // Readers discuss and rate articles with the dialogues' machinery: a question without a stance, an answer.
        var resident = await DemoAccountsSeeder.ActorAsync(users, DemoAccounts.Resident);
        var question = Comment.Post(water, resident, null, "Ще има ли водоноска и в махалата над училището в Новачене?", now.AddDays(-1));
        var answer = Comment.Reply(water, question, official, null, "Да, втора водоноска ще стои на спирката до училището от 10:00 часа.", now.AddDays(-1).AddHours(2));
        var forGreen = green is { } greenId ? new SpeakingFor(greenId, OrganisationsDemoSeeder.NgoName) : null;
        var offer = Comment.Post(launch, ngo, Stance.For, "Ще участваме с предложения за зелените площи във всеки квартал.", now.AddDays(-19), forGreen);
        db.AddRange(question, answer, offer);
        db.AddRange(ArticleRating.Rate(trees, resident, 5, now.AddDays(-5)), ArticleRating.Rate(trees, official, 4, now.AddDays(-4)));
        await db.SaveChangesAsync(cancellationToken);
    }
}
