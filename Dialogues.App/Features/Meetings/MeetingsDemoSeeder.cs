using Dialogues.Domain.Community;
using Dialogues.App.Features.Community;
using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.ReferenceData;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Security;
using Dialogues.App.Infrastructure.Time;
using Dialogues.Domain.Meetings;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Meetings;

/// <summary>Meetings in the town and in villages: upcoming ones with sign-ups (one nearly full, one an NGO organises), a cancelled one and a past one.</summary>
internal sealed class MeetingsDemoSeeder(
    IDbContextFactory<AppDbContext> databases,
    UserManager<AppUser> users,
    ReferenceCatalog catalog,
    TimeProvider clock, MunicipalCalendar calendar) : IDemoSeeder
{
    public int Order => 30;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        if (await db.Meetings.AnyAsync(cancellationToken))
        {
            return;
        }
        var reference = await catalog.GetAsync();
        var official = await DemoAccountsSeeder.ActorAsync(users, DemoAccounts.Official);
        var moderator = await DemoAccountsSeeder.ActorAsync(users, DemoAccounts.Moderator);
        var residents = await DemoAccountsSeeder.ParticipantsAsync(users);
        var now = clock.GetUtcNow();
        var today = calendar.DateOf(now);
        var areas = reference.PolicyAreas;
        DateTimeOffset At(int days, int hour) => calendar.StartOf(today.AddDays(days)).AddHours(hour);

        (int Days, int Hour, int Hours, string Settlement, int Area, string Title, string Venue, string? Link, int? Capacity, int Registered)[] events =
        [
            (6, 18, 2, "Ботевград", 1, "Обществено обсъждане на новия парк „Зелена ливада“", "Зала „Ботевград“ в сградата на общината, пл. „Освобождение“ 13",
                "https://meet.botevgrad.example/zelena-liva", 120, 3),
            (9, 17, 2, "Скравена", 1, "Среща в Скравена: уличното осветление и пътят до гарата", "Читалище „Светлина“, Скравена", null, 3, 2),
            (16, 10, 4, "Врачеш", 3, "Работилница за читалищата: проекти за младежи", "Читалище „Христо Ботев“, Врачеш", null, 25, 1),
            (21, 18, 2, "Литаково", 0, "Бюджет 2027: какво предлагат селата", "Кметство Литаково", "https://meet.botevgrad.example/budget-2027", null, 0),
        ];
        for (var i = 0; i < events.Length; i++)
        {
            var e = events[i];
            var meeting = Meeting.Schedule(i % 2 == 0 ? official : moderator, new MeetingDraft(
                e.Title,
                $"Каним всички жители, организации и бизнеса на среща по темата „{e.Title}“.\n\nЩе представим предложенията, ще чуем вашите идеи и ще отговорим на въпроси. Вход свободен.",
                areas[e.Area].Id, reference.SettlementNamed(e.Settlement), e.Venue, e.Link, At(e.Days, e.Hour), At(e.Days, e.Hour + e.Hours), e.Capacity), now.AddDays(-3));
            for (var r = 0; r < e.Registered; r++)
            {
                db.MeetingSignUps.Add(meeting.SignUp(residents[r], false, now.AddDays(-2)));
            }
            db.Meetings.Add(meeting);
        }

        // Residents and organisations organise events too: the NGO's chair announces this one for it (seeded just before).
        var ngo = residents[2];
        var green = await db.Organisations.Where(o => o.Name == OrganisationsDemoSeeder.NgoName).Select(o => (OrganisationId?)o.Id).SingleOrDefaultAsync(cancellationToken);
        var planting = Meeting.Schedule(ngo, new MeetingDraft("Засаждаме 100 дървета в парк „Градска градина“",
            "Сдружение „Зелен Ботевград“ кани доброволци да засадим заедно 100 фиданки липа и явор.\n\nНосете ръкавици и удобни обувки; лопати и фиданки осигуряваме ние.",
            areas[1].Id, reference.SettlementNamed("Ботевград"), "Входът на парка откъм ул. „Васил Левски“", null, At(13, 10), At(13, 13), 30), now.AddDays(-2),
            organisation: green is { } id ? new SpeakingFor(id, OrganisationsDemoSeeder.NgoName) : null);
        db.MeetingSignUps.Add(planting.SignUp(residents[0], false, now.AddDays(-1)));
        db.MeetingSignUps.Add(planting.SignUp(residents[1], false, now.AddDays(-1)));
        db.Meetings.Add(planting);

        var cancelled = Meeting.Schedule(official, new MeetingDraft("Почистване на коритото на река Бебреш", "Доброволческа акция за почистване на брега на реката с ръкавици и чували от общината.",
            areas[1].Id, reference.SettlementNamed("Ботевград"), "Мостът на ул. „Скопие“", null, At(12, 9), At(12, 13), 40), now.AddDays(-4));
        cancelled.Cancel(official, "Очаква се висока вода след дъждовете; ще обявим нова дата.", now.AddDays(-1));
        db.Meetings.Add(cancelled);

        var earlier = now.AddMonths(-2);
        var past = Meeting.Schedule(official, new MeetingDraft("Среща с жителите на Трудовец за сигналите от селото", "Представихме сигналите от селото и сроковете за ремонт на улиците.",
            areas[1].Id, reference.SettlementNamed("Трудовец"), "Кметство Трудовец", null, At(-20, 17), At(-20, 19), null), earlier);
        foreach (var resident in residents)
        {
            db.MeetingSignUps.Add(past.SignUp(resident, false, earlier.AddDays(1)));
        }
        db.Meetings.Add(past);
        await db.SaveChangesAsync(cancellationToken);
    }
}
