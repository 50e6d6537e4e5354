using Dialogues.App.Features.Meetings;
using Dialogues.App.Features.Notifications;
using Dialogues.App.Infrastructure.Jobs;
using Dialogues.Domain.Meetings;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dialogues.Tests.Features.Meetings;

/// <summary>Registration, permissions and reminders on the server with the real database.</summary>
public class MeetingsRulesTests(AppHost host) : IClassFixture<AppHost>
{
    [Fact]
    public async Task SignUp_EightPeopleForThreeSeatsAtOnce_ExactlyThreeGetIn()
    {
        var cast = await MeetingsCast.CreateAsync(host);
        var id = await cast.AnnounceAsync(host, "Среща с малко места", capacity: 3);
        var people = await host.CreateResidentsAsync(8);

        var attempts = await host.ActAsync<MeetingsService>(people, events => events.SignUpAsync(id));

        Assert.Equal(3, attempts.Count(code => code is null));
        Assert.All(attempts.Where(code => code is not null), code => Assert.Equal(DomainErrors.MeetingFull, code));
        await using var db = host.Db();
        Assert.Equal(3, (await db.Meetings.SingleAsync(e => e.Id == id)).Attendance);
        Assert.Equal(3, await db.MeetingSignUps.CountAsync(r => r.MeetingId == id));
    }

    [Fact]
    public async Task AResidentsEvent_IsOnTheCalendarUnderTheirName_AndOnlyTheyOrStaffMayChangeIt()
    {
        var cast = await MeetingsCast.CreateAsync(host);
        var id = await cast.AnnounceAsync(host, "Пикник на жителите на Скравена", organiser: cast.Resident);
        var municipal = await cast.AnnounceAsync(host, "Общинска среща в Скравена");
        var stranger = await host.CreateUserAsync("Чужд Жител");

        await using (var guest = host.As(null))
        {
            var events = guest.Get<MeetingsService>();
            var rows = (await events.ListAsync(new MeetingFilter(MeetingPeriod.Upcoming), 0, 100)).Items;
            Assert.Equal("Жител Участник", Assert.Single(rows, e => e.Id == id).CommunityOrganiser);
            Assert.Null(Assert.Single(rows, e => e.Id == municipal).CommunityOrganiser);
            var details = (await events.FindAsync(id))!;
            Assert.Equal(("Жител Участник", false, false), (details.OrganiserName, details.Event.ByMunicipality, details.CanManage));
        }
        await using (var scope = host.As(stranger))
        {
            var refused = await Assert.ThrowsAsync<DomainException>(() => scope.Get<MeetingsService>().CancelAsync(id, "Не ми харесва това събитие."));
            Assert.Equal(DomainErrors.Forbidden, refused.Code);
        }
        await using (var organiser = host.As(cast.Resident))
        {
            var details = (await organiser.Get<MeetingsService>().FindAsync(id))!;
            Assert.True(details.CanManage);
            Assert.Null(details.Attendees);
        }
        await using (var official = host.As(cast.Official))
        {
            await official.Get<MeetingsService>().CancelAsync(id, "Мястото е заето от панаира.");
        }
        await using var db = host.Db();
        Assert.Equal("Мястото е заето от панаира.", (await db.Meetings.SingleAsync(e => e.Id == id)).CancellationReason);
    }

    [Fact]
    public async Task Withdraw_WithoutARegistration_IsRefused_AndTheCountStays()
    {
        var cast = await MeetingsCast.CreateAsync(host);
        var id = await cast.AnnounceAsync(host, "Среща без записване", capacity: 10);
        await MeetingsCast.SignUpAsync(host, cast.Resident, id);
        var stranger = await host.CreateUserAsync();
        await using var scope = host.As(stranger);

        var error = await Assert.ThrowsAsync<DomainException>(() => scope.Get<MeetingsService>().WithdrawAsync(id));

        Assert.Equal(DomainErrors.MeetingNotSignedUp, error.Code);
        await using var db = host.Db();
        Assert.Equal(1, (await db.Meetings.SingleAsync(e => e.Id == id)).Attendance);
    }

    [Fact]
    public async Task TheDayBefore_TheRegisteredAreRemindedOnce_AndACancellationReachesThem()
    {
        var cast = await MeetingsCast.CreateAsync(host);
        var id = await cast.AnnounceAsync(host, "Среща с напомняне", inDays: 1);
        await MeetingsCast.SignUpAsync(host, cast.Resident, id);

        await RunClosingRemindersAsync();
        await RunClosingRemindersAsync();
        await using (var scope = host.As(cast.Official))
        {
            await scope.Get<MeetingsService>().CancelAsync(id, "Залата е наводнена след дъжда.");
        }

        await using var db = host.Db();
        var templates = await db.Notifications.Where(n => n.UserId == cast.Resident.Id && n.SubjectId == id.Value).Select(n => n.Template).OrderBy(t => t).ToListAsync();
        Assert.Equal(["Closing.Meeting.ClosesTomorrow", "Meeting.Cancelled"], templates);
    }

    [Fact]
    public async Task Cancel_ByTwoStaffAtOnce_TellsTheRegisteredOnce_AndRefusesTheSecond()
    {
        var cast = await MeetingsCast.CreateAsync(host);
        var id = await cast.AnnounceAsync(host, "Среща, отменена два пъти");
        await MeetingsCast.SignUpAsync(host, cast.Resident, id);
        var colleague = await host.CreateUserAsync("Модератор Събития", [Role.Moderator]);

        var attempts = await host.ActAsync<MeetingsService>([cast.Official, colleague], events => events.CancelAsync(id, "Залата е заета за изборите."));

        Assert.Single(attempts, code => code is null);
        Assert.Single(attempts, code => code == DomainErrors.MeetingCancelled);
        await using var db = host.Db();
        Assert.Equal(1, await db.Notifications.CountAsync(n => n.UserId == cast.Resident.Id && n.SubjectId == id.Value && n.Template == "Meeting.Cancelled"));
    }

    [Fact]
    public async Task Change_OfTimeOrPlace_TellsTheRegistered_ButAnEditedDescriptionDoesNot()
    {
        var cast = await MeetingsCast.CreateAsync(host);
        var id = await cast.AnnounceAsync(host, "Среща, която ще се мести", capacity: 20);
        await MeetingsCast.SignUpAsync(host, cast.Resident, id);
        await using var scope = host.As(cast.Official);
        var events = scope.Get<MeetingsService>();
        var current = (await events.FindAsync(id))!.Event;
        MeetingDraft Edited(string description, DateTimeOffset starts) => new(current.Title, description, current.PolicyAreaId, current.SettlementId,
            current.Venue, current.OnlineLink, starts, starts.AddHours(2), current.Capacity);

        await events.ChangeAsync(id, Edited("Уточнихме дневния ред на срещата: първо осветлението.", current.StartsAt));
        await events.ChangeAsync(id, Edited("Уточнихме дневния ред на срещата: първо осветлението.", current.StartsAt.AddDays(1)));

        await using var db = host.Db();
        var moved = await db.Notifications.Where(n => n.UserId == cast.Resident.Id && n.SubjectId == id.Value).ToListAsync();
        var notice = Assert.Single(moved);
        Assert.Equal("Meeting.Moved", notice.Template);
        Assert.Contains(NotificationArguments.Moment(current.StartsAt.AddDays(1)), notice.Arguments);
    }

    [Fact]
    public async Task CalendarFile_CarriesTheEventInUtc_EscapedAndFolded_AndShowsACancellation()
    {
        var cast = await MeetingsCast.CreateAsync(host);
        var title = "Среща за парка, пейките и осветлението; с кмета на Скравена и служителите от общината";
        var id = await cast.AnnounceAsync(host, title, inDays: 4);
        using var http = new HttpSession(host.BaseUrl);

        var response = await http.GetAsync($"/events/{id}/calendar.ics");

        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var calendar = await response.Content.ReadAsStringAsync();
        var lines = calendar.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
        var unfolded = calendar.Replace("\r\n ", "", StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Среща за парка\\, пейките и осветлението\\; с кмета на Скравена и служителите от общината\r\n", unfolded);
        var starts = host.Calendar.StartOf(host.Calendar.Today.AddDays(4)).AddHours(17);
        Assert.Contains($"DTSTART:{starts.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}\r\n", unfolded);
        Assert.Contains("STATUS:CONFIRMED", unfolded);
        Assert.Contains($"URL:{host.BaseUrl}/events/{id}", unfolded);

        await using (var scope = host.As(cast.Official))
        {
            await scope.Get<MeetingsService>().CancelAsync(id, "Залата е заета за изборите.");
        }
        var cancelled = await http.GetAsync($"/events/{id}/calendar.ics");
        Assert.Contains("STATUS:CANCELLED", await cancelled.Content.ReadAsStringAsync());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await http.GetAsync($"/events/{Guid.NewGuid()}/calendar.ics")).StatusCode);
    }

    private async Task RunClosingRemindersAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<JobScheduler>().RunNowAsync("closing");
    }
}
