using System.Text;
using Dialogues.App.Features.Notifications;
using Dialogues.App.Features.Problems;
using Dialogues.App.Features.ReferenceData;
using Dialogues.App.Infrastructure.Files;
using Dialogues.App.Infrastructure.Jobs;
using Dialogues.Domain.Deadlines;
using Dialogues.Domain.Notifications;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Problems;
using Dialogues.Domain.Shared;
using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dialogues.Tests.Features.Problems;

/// <summary>Reporting, handling and the jobs of problem reports on the server, with the real database.</summary>
public class ProblemsRulesTests(AppHost host) : IClassFixture<AppHost>
{
    [Fact]
    public async Task TheReportersName_IsShownOnlyWithConsent_ToEveryoneButTheReporterAndStaff()
    {
        var cast = await ProblemsCast.CreateAsync(host);
        var unnamed = await cast.ReportAsync(host, cast.Draft(title: "Дупка без име"));
        await cast.MoveAsync(host, unnamed, ProblemStatus.Confirmed, "Проверено на място.");
        var named = await cast.ReportAsync(host, cast.Draft(title: "Дупка с име") with { ShowName = true });

        async Task<ProblemDetails> SeenBy(TestUser? reader, ProblemReportId id)
        {
            await using var scope = host.As(reader);
            return (await scope.Get<ProblemsService>().FindAsync(id))!;
        }

        Assert.Equal("", (await SeenBy(null, unnamed)).ReporterName);
        Assert.Equal("", (await SeenBy(await host.CreateUserAsync("Съсед Любопитен"), unnamed)).ReporterName);
        Assert.Equal(cast.Resident.DisplayName, (await SeenBy(cast.Resident, unnamed)).ReporterName);
        Assert.Equal(cast.Resident.DisplayName, (await SeenBy(cast.Official, unnamed)).ReporterName);
        Assert.Equal(cast.Resident.DisplayName, (await SeenBy(null, named)).ReporterName);
        using var guest = new HttpSession(host.BaseUrl);
        var page = await (await guest.GetAsync($"/problems/{unnamed}")).Content.ReadAsStringAsync();
        Assert.Contains("Дупка без име", page);
        Assert.DoesNotContain(cast.Resident.DisplayName, page);
    }

    [Fact]
    public async Task BadInput_IsRefusedWithItsReason_AndNothingIsStored()
    {
        var cast = await ProblemsCast.CreateAsync(host);
        await using var scope = host.As(cast.Resident);
        var problems = scope.Get<ProblemsService>();
        var photo = new UploadedFile("lampa.jpg", FileInspector.Jpeg, await TestImages.JpegAsync());

        var outside = await Assert.ThrowsAsync<DomainException>(() => problems.SubmitAsync(cast.Draft(new GeoPoint(42.6977, 23.3219), "Извън общината"), []));
        var elsewhere = await Assert.ThrowsAsync<DomainException>(() => problems.SubmitAsync(cast.Draft(new GeoPoint(42.9067, 23.7934), "В Ботевград, не в Скравена"), []));
        var empty = await Assert.ThrowsAsync<DomainException>(() => problems.SubmitAsync(cast.Draft(title: "Без описание", description: "  "), []));
        var tooMany = await Assert.ThrowsAsync<DomainException>(() => problems.SubmitAsync(cast.Draft(title: "Шест снимки"), Enumerable.Repeat(photo, 6).ToList()));
        var notImage = await Assert.ThrowsAsync<DomainException>(() => scope.Get<Attachments>().ReadAsync(AttachmentKind.Image, "lampa.jpg", new MemoryStream(Encoding.UTF8.GetBytes("това не е снимка"))));

        Assert.Equal(DomainErrors.ProblemOutsideMunicipality, outside.Code);
        Assert.Equal(DomainErrors.ProblemSettlementMismatch, elsewhere.Code);
        Assert.Equal(DomainErrors.ProblemDescriptionLength, empty.Code);
        Assert.Equal(DomainErrors.ProblemTooManyPhotos, tooMany.Code);
        Assert.Equal(DomainErrors.UploadNotImage, notImage.Code);
        await using var db = host.Db();
        Assert.False(await db.ProblemReports.AnyAsync(r => r.ReporterId == cast.Resident.Id));
        Assert.False(await db.Attachments.AnyAsync(a => a.UploadedBy == cast.Resident.Id));
    }

    [Fact]
    public async Task ASettlementMismatch_ConfirmedByTheReporter_IsAccepted()
    {
        var cast = await ProblemsCast.CreateAsync(host);

        var id = await cast.ReportAsync(host, cast.Draft(new GeoPoint(42.9067, 23.7934), "Потвърдено място") with { SettlementConfirmed = true });

        await using var db = host.Db();
        Assert.Equal(cast.Skravena, (await db.ProblemReports.SingleAsync(r => r.Id == id)).SettlementId);
    }

    [Fact]
    public async Task AnOfficialOfAnotherDepartment_CannotChangeTheReport()
    {
        var cast = await ProblemsCast.CreateAsync(host);
        var id = await cast.ReportAsync(host);
        var otherDepartment = (await host.Services.GetRequiredService<ReferenceCatalog>().GetAsync()).Departments.First(d => d.Id != cast.Department).Id;
        var stranger = await host.CreateUserAsync("Служител Друга Дирекция", [Role.Official], otherDepartment);
        await using var scope = host.As(stranger);

        var error = await Assert.ThrowsAsync<DomainException>(() => scope.Get<ProblemsService>().ChangeStatusAsync(id, ProblemStatus.Confirmed, "Потвърждавам от друга дирекция.", null));

        Assert.Equal(DomainErrors.ProblemOtherDepartment, error.Code);
        await using var db = host.Db();
        Assert.Equal(ProblemStatus.New, (await db.ProblemReports.SingleAsync(r => r.Id == id)).Status);
    }

    [Fact]
    public async Task NearbyReports_AreOfferedWithinTheRadius_AndMeTooCountsOncePerPerson()
    {
        var cast = await ProblemsCast.CreateAsync(host);
        var id = await cast.ReportAsync(host, cast.Draft(new GeoPoint(42.9380, 23.8710), "Лампа на ъгъла"));
        var neighbour = await host.CreateUserAsync();
        await using var scope = host.As(neighbour);
        var problems = scope.Get<ProblemsService>();

        var near = await problems.NearbyAsync(cast.Lighting, new GeoPoint(42.9380 + 90 / 111_194.93, 23.8710));
        var far = await problems.NearbyAsync(cast.Lighting, new GeoPoint(42.9380 + 110 / 111_194.93, 23.8710));
        await problems.MeTooAsync(id);
        var twice = await Assert.ThrowsAsync<DomainException>(() => problems.MeTooAsync(id));

        Assert.Contains(near, p => p.Id == id && p.DistanceMeters == 90);
        Assert.DoesNotContain(far, p => p.Id == id);
        Assert.Equal(DomainErrors.ProblemAlreadyMeToo, twice.Code);
        Assert.Equal(1, (await problems.FindAsync(id))!.Report.MeTooCount);
    }

    [Fact]
    public async Task NeighboursSayingMeTooAtOnce_AreEachCounted()
    {
        var cast = await ProblemsCast.CreateAsync(host);
        var id = await cast.ReportAsync(host, cast.Draft(title: "Лампа, за която питат мнозина"));
        var neighbours = await host.CreateResidentsAsync(6);

        var attempts = await host.ActAsync<ProblemsService>(neighbours, problems => problems.MeTooAsync(id));

        Assert.All(attempts, Assert.Null);
        await using var db = host.Db();
        Assert.Equal(6, (await db.ProblemReports.SingleAsync(r => r.Id == id)).MeTooCount);
    }

    [Fact]
    public async Task TwoOfficialsMovingAReportAtOnce_OneMoveIsMade_TheOtherIsRefused()
    {
        var cast = await ProblemsCast.CreateAsync(host);
        var id = await cast.ReportAsync(host, cast.Draft(title: "Лампа, потвърдена от двама"));
        var colleague = await host.CreateUserAsync("Колега от отдела", [Role.Official], cast.Department);

        var attempts = await host.ActAsync<ProblemsService>([cast.Official, colleague],
            problems => problems.ChangeStatusAsync(id, ProblemStatus.Confirmed, "Проверено на място.", null));

        Assert.Equal([null, DomainErrors.ProblemTransitionNotAllowed], attempts.OrderBy(code => code));
        await using var db = host.Db();
        Assert.Single((await db.ProblemReports.SingleAsync(r => r.Id == id)).History, change => change.To == ProblemStatus.Confirmed);
        Assert.Equal(1, await db.Notifications.CountAsync(n => n.UserId == cast.Resident.Id && n.SubjectId == id.Value && n.Template == "Problem.Status.Confirmed"));
    }

    [Fact]
    public async Task Merging_MovesFollowersAndMeToosToTheKeptReport()
    {
        var cast = await ProblemsCast.CreateAsync(host);
        var kept = await cast.ReportAsync(host, cast.Draft(title: "Тъмна улица при читалището"));
        var secondReporter = await host.CreateUserAsync("Втори Подател");
        var duplicate = await cast.ReportAsync(host, cast.Draft(title: "Лампата при читалището"), secondReporter);
        var supporter = await host.CreateUserAsync("Съсед Със Същия Проблем");
        await using (var scope = host.As(supporter))
        {
            await scope.Get<ProblemsService>().MeTooAsync(duplicate);
        }
        await using (var scope = host.As(cast.Official))
        {
            await scope.Get<ProblemsService>().MergeAsync(duplicate, kept, "Същият стълб – следете другия сигнал.");
        }

        await using var db = host.Db();
        var keptReport = await db.ProblemReports.SingleAsync(r => r.Id == kept);
        Assert.Equal(2, keptReport.MeTooCount);
        Assert.Equal(ProblemStatus.Duplicate, (await db.ProblemReports.SingleAsync(r => r.Id == duplicate)).Status);
        Assert.Equal(2, await db.ProblemMeToos.CountAsync(m => m.ReportId == kept));
        Assert.True(await db.Follows.AnyAsync(f => f.UserId == secondReporter.Id && f.TargetKind == ItemKind.ProblemReport && f.TargetId == kept.Value));
        Assert.True(await db.Follows.AnyAsync(f => f.UserId == supporter.Id && f.TargetKind == ItemKind.ProblemReport && f.TargetId == kept.Value));
    }

    [Fact]
    public async Task FourWeeksAfterAFix_TheReporterIsAskedOnce_AndNoReopensIt()
    {
        await using var own = await AppHost.OwnAsync();
        var cast = await ProblemsCast.CreateAsync(own);
        var id = await cast.ReportAsync(own, cast.Draft(title: "Лампа за проверка"));
        await cast.MoveAsync(own, id, ProblemStatus.Confirmed, "Проверено на място.");
        await cast.MoveAsync(own, id, ProblemStatus.Fixed, "Лампата е сменена.");

        own.Clock.Advance(TimeSpan.FromDays(27));
        await RunAsync(own, "fix-checks");
        Assert.Empty(await FixChecksAsync(own, cast, id));
        own.Clock.Advance(TimeSpan.FromDays(2));
        await Task.WhenAll(RunAsync(own, "fix-checks"), RunAsync(own, "fix-checks"));
        await RunAsync(own, "fix-checks");
        Assert.Single(await FixChecksAsync(own, cast, id));

        await using (var scope = own.As(cast.Resident))
        {
            await scope.Get<ProblemsService>().AnswerFixCheckAsync(id, false, "Пак не свети вечер.");
        }

        await using var db = own.Db();
        var report = await db.ProblemReports.SingleAsync(r => r.Id == id);
        Assert.Equal(ProblemStatus.InProgress, report.Status);
        Assert.Equal(1, report.ReopenCount);
    }

    [Fact]
    public async Task AReportLeftUnanswered_BecomesOverdue_ThroughTheSharedDeadlineJob()
    {
        await using var own = await AppHost.OwnAsync();
        var cast = await ProblemsCast.CreateAsync(own);
        var id = await cast.ReportAsync(own, cast.Draft(title: "Забравен сигнал"));
        DateOnly due;
        await using (var db = own.Db())
        {
            due = (await db.ProblemReports.SingleAsync(r => r.Id == id)).Deadline.DueDate;
        }

        var local = due.AddDays(1).ToDateTime(new TimeOnly(12, 0));
        own.Clock.Set(own.Calendar.FromWallClock(local));
        await Task.WhenAll(RunAsync(own, "deadlines"), RunAsync(own, "deadlines"));

        await using var after = own.Db();
        Assert.NotNull((await after.ProblemReports.SingleAsync(r => r.Id == id)).OverdueSince);
        Assert.Single(await after.Set<Dialogues.App.Features.Deadlines.DeadlineReminder>().Where(r => r.ItemId == id.Value && r.Kind == DeadlineReminderKind.Overdue).ToListAsync());
        Assert.Contains(await after.Notifications.Where(n => n.UserId == cast.Official.Id && n.SubjectId == id.Value).Select(n => n.Template).ToListAsync(), t => t == "Deadline.Overdue");
    }

    [Fact]
    public async Task EveryStatusChange_TellsTheReporterAndFollowers_AndTheListFiltersFindIt()
    {
        var cast = await ProblemsCast.CreateAsync(host);
        var id = await cast.ReportAsync(host, cast.Draft(title: "Лампа за известията"));
        var follower = await host.CreateUserAsync("Следящ Сигнала");
        await using (var scope = host.As(follower))
        {
            await scope.Get<FollowService>().FollowAsync(new FollowTarget(ItemKind.ProblemReport, id.Value));
        }

        await cast.MoveAsync(host, id, ProblemStatus.Confirmed, "Проверено на място.");

        await using (var db = host.Db())
        {
            foreach (var user in new[] { cast.Resident, follower })
            {
                Assert.Contains(await db.Notifications.Where(n => n.UserId == user.Id && n.SubjectId == id.Value).Select(n => n.Template).ToListAsync(),
                    t => t == "Problem.Status.Confirmed");
            }
        }
        await using var reader = host.As(cast.Resident);
        var problems = reader.Get<ProblemsService>();
        Assert.Contains((await problems.ListAsync(new ProblemFilter(cast.Skravena, cast.Lighting, ProblemStatus.Confirmed), 0, 50)).Items, r => r.Id == id);
        Assert.DoesNotContain((await problems.ListAsync(new ProblemFilter(Status: ProblemStatus.New), 0, 50)).Items, r => r.Id == id);
        var today = host.Calendar.Today;
        Assert.DoesNotContain((await problems.ListAsync(new ProblemFilter(From: today.AddDays(1)), 0, 50)).Items, r => r.Id == id);
        Assert.Contains(await problems.MarkersAsync(new ProblemFilter(To: today)), m => m.Id == id);
        Assert.Contains((await problems.MineAsync(0, 50)).Items, r => r.Id == id);
    }

    [Fact]
    public async Task Statistics_CountOpenFixedAndOverdue_WithTheMedianDaysToFix()
    {
        await using var own = await AppHost.OwnAsync();
        var cast = await ProblemsCast.CreateAsync(own);
        var from = own.Calendar.Today;
        var fixedInTwoDays = await cast.ReportAsync(own, cast.Draft(title: "Отстранена за два дни"));
        var fixedInFourDays = await cast.ReportAsync(own, cast.Draft(new GeoPoint(42.9390, 23.8720), "Отстранена за четири дни"));
        await cast.ReportAsync(own, cast.Draft(new GeoPoint(42.9400, 23.8730), "Още отворена"));
        await cast.MoveAsync(own, fixedInTwoDays, ProblemStatus.Confirmed, "Проверено на място.");
        await cast.MoveAsync(own, fixedInFourDays, ProblemStatus.Confirmed, "Проверено на място.");
        own.Clock.Advance(TimeSpan.FromDays(2));
        await cast.MoveAsync(own, fixedInTwoDays, ProblemStatus.Fixed, "Сменена.");
        own.Clock.Advance(TimeSpan.FromDays(2));
        await cast.MoveAsync(own, fixedInFourDays, ProblemStatus.Fixed, "Сменена.");
        own.Clock.Advance(TimeSpan.FromDays(70));

        await using var scope = own.As(null);
        var stats = await scope.Get<ProblemsService>().StatsAsync(from, from,
            new Dictionary<Dialogues.Domain.ReferenceData.SettlementId, string> { [cast.Skravena] = "Скравена" },
            new Dictionary<ProblemCategoryId, string> { [cast.Lighting] = "Осветление" });

        var skravena = Assert.Single(stats.BySettlement);
        Assert.Equal(new StatsRow("Скравена", 1, 2, 3.0, 1), skravena);
        Assert.Equal(skravena with { Name = "Осветление" }, Assert.Single(stats.ByCategory));
    }

    [Fact]
    public async Task RoutingACategoryElsewhere_SendsNewReportsThere_AndOnlyAdministratorsMayDoIt()
    {
        var cast = await ProblemsCast.CreateAsync(host);
        var reference = await host.Services.GetRequiredService<ReferenceCatalog>().GetAsync();
        var other = reference.Departments.First(d => d.Id != cast.Department).Id;
        var category = (await host.Services.GetRequiredService<ProblemsService>().CategoriesAsync()).Single(c => c.Id == cast.Lighting);
        var edit = new CategoryEdit("Улично осветление", "Street lighting", category.SortOrder, category.Area, other, false);
        var admin = await host.CreateUserAsync(roles: [Role.Administrator]);
        try
        {
            await using (var scope = host.As(cast.Resident))
            {
                var error = await Assert.ThrowsAsync<DomainException>(() => scope.Get<ProblemCategoriesAdministration>().SaveAsync(cast.Lighting, edit));
                Assert.Equal(DomainErrors.Forbidden, error.Code);
            }
            await using (var scope = host.As(admin))
            {
                await scope.Get<ProblemCategoriesAdministration>().SaveAsync(cast.Lighting, edit);
            }

            var id = await cast.ReportAsync(host, cast.Draft(new GeoPoint(42.9410, 23.8740), "Към новата дирекция"));

            await using var db = host.Db();
            Assert.Equal(other, (await db.ProblemReports.SingleAsync(r => r.Id == id)).DepartmentId);
        }
        finally
        {
            await using var scope = host.As(admin);
            await scope.Get<ProblemCategoriesAdministration>().SaveAsync(cast.Lighting, edit with { Department = cast.Department });
        }
    }

    private static async Task RunAsync(AppHost app, string job)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<JobScheduler>().RunNowAsync(job);
    }

    private static async Task<List<Notification>> FixChecksAsync(AppHost app, ProblemsCast cast, ProblemReportId id)
    {
        await using var db = app.Db();
        return await db.Notifications.Where(n => n.UserId == cast.Resident.Id && n.SubjectId == id.Value && n.Template == "Problem.FixCheck").ToListAsync();
    }

    [Fact]
    public async Task TwelveReportsAtOnce_TakeTwelveDistinctConsecutiveNumbers()
    {
        var cast = await ProblemsCast.CreateAsync(host);
        var residents = await host.CreateResidentsAsync(12);

        var attempts = await host.ActAsync<ProblemsService>(residents, problems => problems.SubmitAsync(cast.Draft(title: "Дупка на пътя към гарата"), []));

        Assert.All(attempts, Assert.Null);
        await using var db = host.Db();
        var numbers = await db.ProblemReports.Where(r => r.Title == "Дупка на пътя към гарата").Select(r => r.Number).OrderBy(n => n).ToListAsync();
        Assert.Equal(Enumerable.Range(numbers[0], 12), numbers);
    }
}
