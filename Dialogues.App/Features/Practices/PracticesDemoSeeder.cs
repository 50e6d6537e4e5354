using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.ReferenceData;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Security;
using Dialogues.Domain.Practices;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Practices;

/// <summary>
/// Real, sourced practices of civic participation, published by the municipality, with a few residents who want
/// them here, and one resident's proposal that waits for review.
/// </summary>
internal sealed class PracticesDemoSeeder(
    IDbContextFactory<AppDbContext> databases,
    UserManager<AppUser> users,
    ReferenceCatalog catalog,
    TimeProvider clock) : IDemoSeeder
{
    public int Order => 30;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        if (await db.Practices.AnyAsync(cancellationToken))
        {
            return;
        }
        var reference = await catalog.GetAsync();
        var official = await DemoAccountsSeeder.ActorAsync(users, DemoAccounts.Official);
        var resident = await DemoAccountsSeeder.ActorAsync(users, DemoAccounts.Resident);
        var ngo = await DemoAccountsSeeder.ActorAsync(users, DemoAccounts.Ngo);
        var neighbours = await DemoAccountsSeeder.NeighboursAsync(users);
        var now = clock.GetUtcNow();
        var (taxes, environment, social) = (reference.PolicyAreas[0].Id, reference.PolicyAreas[1].Id, reference.PolicyAreas[6].Id);
        var department = reference.Departments[0].Id;

        var entries = new (PracticeDraft Draft, int Wants)[]
        {
            (new PracticeDraft("Decide Madrid: предложения и бюджет за участие на гражданите", "Испания", "Мадрид", 2015, taxes,
                ParticipationMethod.ParticipatoryBudgeting,
                "Жителите на Мадрид нямаха постоянен начин да предлагат мерки на общината и да решават как се харчи част от бюджета ѝ.",
                "През 2015 г. общината пусна платформата decide.madrid.es, изградена с отворения софтуер CONSUL. Всеки жител може да внесе предложение, да събира подкрепа за него и да гласува за проекти от бюджета за участие по квартали и за целия град.",
                "Общината отделя за бюджета за участие по 100 милиона евро годишно (60 милиона през 2016 г.). Софтуерът CONSUL е с отворен код и днес го ползват институции в десетки държави.",
                "Бюджет за участие има смисъл само ако общината изпълнява избраните проекти и показва докъде е стигнала. Без достатъчно реклама и помощ офлайн гласуват главно по-младите и по-заможните.",
                "Малък годишен бюджет за участие (например за проекти в селата), гласуване онлайн и в кметствата, и публичен отчет за изпълнението на всеки избран проект.",
                ["https://decide.madrid.es", "https://github.com/consuldemocracy/consuldemocracy"]), 18),
            (new PracticeDraft("Betri Reykjavík: идеите на жителите стигат до градския съвет всеки месец", "Исландия", "Рейкявик", 2010, environment,
                ParticipationMethod.OnlineConsultation,
                "След финансовата криза от 2008 г. доверието в институциите в Исландия рязко спадна и хората искаха да бъдат чути между изборите.",
                "Citizens Foundation създаде сайта Betri Reykjavík преди местните избори през 2010 г. Жителите пишат идеи, аргументи за и против и гласуват. Градът се задължи всеки месец да разглежда най-подкрепените идеи. От 2012 г. същата платформа се ползва за бюджета за участие „Моят квартал“.",
                "Стотици идеи на жители са разгледани официално от градския съвет и част от тях са изпълнени, а „Моят квартал“ всяка година разпределя пари за проекти в кварталите.",
                "Ясното правило „най-подкрепените идеи се разглеждат всеки месец“ прави участието смислено. Аргументите за и против, подредени отделно, намаляват заяждането.",
                "Правило, с което общинският съвет или кметът отговаря всеки месец на най-подкрепените препоръки в платформата, с публикуван отговор.",
                ["https://www.citizens.is", "https://betrireykjavik.is"]), 9),
            (new PracticeDraft("vTaiwan: общо съгласие по спорни закони с Pol.is", "Тайван", "Тайпе", 2015, taxes,
                ParticipationMethod.CrowdsourcedLegislation,
                "Нови технологии като Uber и онлайн продажбата на алкохол разделяха обществото, а законите изоставаха.",
                "Гражданската общност g0v и правителството създадоха процеса vTaiwan: хората отговарят „съгласен / несъгласен“ на кратки твърдения в Pol.is, който показва групите мнения и твърденията, с които са съгласни всички групи. След това експерти и служители обсъждат на живо и публично предложенията.",
                "По данни на MIT Technology Review (2018) от 26 теми, минали през процеса, около 80% са довели до решение на правителството, сред тях правилата за Uber.",
                "Показването на общото между групите вместо на разделението намалява поляризацията. Процесът работи, когато властта предварително обещае как ще ползва резултата.",
                "Карта на мненията за голям спорен въпрос (например визията за Ботевград до 2035 г.), с ангажимент кметът да отговори на твърденията с широко съгласие.",
                ["https://info.vtaiwan.tw", "https://pol.is", "https://www.technologyreview.com/2018/08/21/240284/the-simple-but-ingenious-system-taiwan-uses-to-crowdsource-its-laws/"]), 12),
            (new PracticeDraft("Бюджетът за участие на Порто Алегре", "Бразилия", "Порто Алегре", 1989, social,
                ParticipationMethod.ParticipatoryBudgeting,
                "Бедните квартали на града нямаха канализация и водопровод, а инвестициите отиваха главно в по-богатите части.",
                "От 1989 г. жителите в 16 района се събират на открити събрания, избират приоритети и делегати, а общинският съвет по бюджета разпределя инвестициите по правила, които дават повече на районите с по-големи нужди.",
                "Участниците нарастват от под 1 000 през 1990 г. до около 40 000 в края на 90-те. Според изследвания, цитирани от Световната банка, делът на домакинствата с водопровод расте от около 80% на 98%, а с канализация – от под половината на около 85%.",
                "Правилата за разпределение трябва да са известни предварително. Моделът е копиран в стотици градове, но там, където решенията не се изпълняват, участието бързо спада.",
                "Събрания по населени места за капиталовите разходи на селата, с правила за разпределение, публикувани преди гласуването.",
                ["https://en.wikipedia.org/wiki/Participatory_budgeting", "https://participatorybudgeting.org"]), 25),
            (new PracticeDraft("FixMyStreet: сигнали за дупки и счупени лампи на карта", "Обединено кралство", "Лондон", 2007, environment,
                ParticipationMethod.ProblemReporting,
                "Жителите не знаеха на коя институция да съобщят за дупка на пътя или счупено улично осветление и сигналите им се губеха.",
                "Организацията mySociety създаде FixMyStreet: човек отбелязва проблема на карта, добавя снимка и сайтът изпраща сигнала до отговорната община. Всички сигнали и отговорите по тях са публични.",
                "По данни на mySociety през сайта са подадени над един милион сигнала. Софтуерът е с отворен код и се ползва от общини и организации в други държави.",
                "Публичността на сигнала и на отговора кара институциите да отговарят. Важно е да се пита подалия сигнала дали проблемът наистина е решен.",
                "Ботевград вече има сигнали на карта в тази платформа. Следващата стъпка е публична статистика по кметства и анкета след всеки отстранен проблем.",
                ["https://www.fixmystreet.com", "https://github.com/mysociety/fixmystreet"]), 6),
            (new PracticeDraft("Гражданско събрание в Ирландия", "Ирландия", "Дъблин", 2016, social,
                ParticipationMethod.CitizensAssembly,
                "Политиците не успяваха да решат години наред силно разделящи въпроси, сред тях забраната на абортите в конституцията.",
                "През 2016–2018 г. 99 случайно избрани граждани, представителни по възраст, пол и регион, заседаваха през уикендите с председател съдия, слушаха експерти и свидетелства и гласуваха препоръки към парламента.",
                "Препоръката на събранието доведе до референдум през май 2018 г., на който 66,4% гласуваха за промяна на конституцията. Ирландия провежда граждански събрания и по други теми.",
                "Случайният избор и времето за учене водят до обмислени препоръки. Доверието зависи от това парламентът да отговори на всяка препоръка.",
                "Малко гражданско събрание (30–40 жители, избрани по жребий от всички села и града) по конкретен въпрос, например транспорта между селата и Ботевград.",
                ["https://www.citizensassembly.ie", "https://en.wikipedia.org/wiki/Citizens%27_Assembly_(Ireland)"]), 4),
            (new PracticeDraft("Портал за обществени консултации strategy.bg", "България", "София", 2008, taxes,
                ParticipationMethod.OnlineConsultation,
                "Проектите на нормативни актове се публикуваха на различни места и хората рядко научаваха навреме, че могат да дадат мнение.",
                "Министерският съвет поддържа единен портал, на който министерствата публикуват проектите на актове с мотивите и оценката на въздействието, а всеки може да коментира онлайн. След консултацията се публикува справка за отразените предложения.",
                "Законът за нормативните актове изисква консултация от поне 30 дни (по изключение поне 14) и справка за постъпилите предложения, а порталът събира консултациите на централната власт на едно място.",
                "Единното място помага, но справките често са формални. Полезно е да се показва кое предложение е прието и защо.",
                "Общинските проекти на наредби вече се публикуват в регистъра на актовете в тази платформа. Добре е справката да показва за всяко предложение дали е прието и защо.",
                ["https://www.strategy.bg"]), 3),
        };
        var wanters = new[] { resident, ngo }.Concat(neighbours).ToList();
        foreach (var (draft, wants) in entries)
        {
            var practice = Practice.Propose(official, draft, now.AddDays(-40));
            practice.Publish(official, department, now.AddDays(-39));
            foreach (var person in wanters.Take(Math.Min(wants, wanters.Count)))
            {
                db.PracticeWants.Add(practice.Want(person, false, now.AddDays(-30)));
            }
            db.Practices.Add(practice);
        }
        db.Practices.Add(Practice.Propose(resident, new PracticeDraft("Бюджет за участие на Париж", "Франция", "Париж", 2014, environment,
            ParticipationMethod.ParticipatoryBudgeting,
            "Жителите на Париж искаха да решават сами за част от инвестициите в своя квартал.",
            "Кметът обеща за мандата 2014–2020 г. половин милиард евро, около 5% от инвестиционния бюджет, за проекти, предложени и избрани от жителите. Гласува се онлайн и на урни в кварталите.",
            "Стотици проекти са избрани и изпълнени: градини, велоалеи, ремонт на училища.",
            "Големият бюджет привлича внимание, но изисква силен екип, който да проверява дали проектите могат да се изпълнят.",
            "Може да започнем с малка сума за проекти на младежи и училища в общината.",
            ["https://budgetparticipatif.paris.fr"]), now.AddDays(-2)));
        await db.SaveChangesAsync(cancellationToken);
    }
}
