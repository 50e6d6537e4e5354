using System.Net;
using Dialogues.App.Features.Deadlines;
using Dialogues.App.Features.Notifications;
using Dialogues.App.Infrastructure.Jobs;
using Dialogues.Domain.Notifications;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Dialogues.Tests.Features.DialogueSpaces;
using Dialogues.Tests.Features.Recommendations;
using Dialogues.Tests.Support;
using Hangfire;
using Hangfire.Storage;
using Hangfire.Storage.Monitoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dialogues.Tests.Infrastructure.Jobs;

/// <summary>A job that fails on its first run and succeeds after; counts its runs across the app.</summary>
public sealed class FlakyJob : IRecurringJob
{
    private static int _runs;

    public static int Runs => _runs;

    public Task RunAsync(CancellationToken cancellationToken) =>
        Interlocked.Increment(ref _runs) == 1 ? throw new InvalidOperationException("The first run fails.") : Task.CompletedTask;
}

/// <summary>
/// A node running Hangfire's server on the SQLite job storage, polling often and retrying soon. Its schedules are
/// a year apart, so nothing runs by timer during a test: tests trigger the jobs.
/// </summary>
public class HangfireNode : AppHost
{
    internal static readonly string[] JobSettings =
    [
        "Jobs:Enabled=true", "Jobs:PollInterval=00:00:00.100", "Jobs:RetryDelay=00:00:01",
        .. new[] { "outbox", "digests", "deadlines", "closing", "fix-checks", "news-release", "flaky" }.Select(job => $"Jobs:Schedules:{job}=0 0 1 1 *"),
    ];

    protected override IEnumerable<string> Settings => JobSettings;

    protected override void Configure(IServiceCollection services) => services.AddRecurringJob<FlakyJob>("flaky", Cron.Yearly());

    public JobStorage Storage => Services.GetRequiredService<JobStorage>();

    public void Trigger(string job) => Services.GetRequiredService<IRecurringJobManager>().Trigger(job);

    /// <summary>
    /// Waits until the storage has run this many jobs to an end and none is queued, running or waiting to retry, then
    /// requires that they all succeeded.
    /// </summary>
    public async Task<StatisticsDto> SucceededAsync(long count)
    {
        var statistics = await Eventually.Get(
            () => Task.FromResult(Storage.GetMonitoringApi().GetStatistics()),
            s => s.Succeeded + s.Failed >= count && s.Enqueued == 0 && s.Processing == 0 && s.Scheduled == 0,
            s => $"Hangfire did not finish {count} jobs: {s.Succeeded} succeeded, {s.Failed} failed, {s.Enqueued} queued, {s.Processing} running, {s.Scheduled} waiting to retry",
            TimeSpan.FromSeconds(90));
        Assert.True(statistics.Failed == 0, $"{statistics.Failed} jobs failed: {string.Join("; ", Storage.GetMonitoringApi().FailedJobs(0, 5).Select(j => j.Value.ExceptionMessage))}");
        Assert.True(statistics.Succeeded >= count, $"{statistics.Succeeded} of {count} jobs succeeded");
        return statistics;
    }
}

/// <summary>A second app node on the first one's database, and so on its job storage (the file beside it).</summary>
public sealed class SecondHangfireNode(AppHost first) : HangfireNode
{
    protected override IEnumerable<string> Settings => [.. JobSettings, $"ConnectionStrings:Dialogues=Data Source={first.DatabaseFile}"];
}

public class HangfireJobsTests(HangfireNode host) : IClassFixture<HangfireNode>
{
    [Fact]
    public async Task EveryRegisteredJob_IsOnItsScheduleInHangfire_AndRunsWhenTriggered()
    {
        var registered = host.Services.GetServices<JobRegistration>().Select(j => j.Name).Order().ToList();
        Assert.Superset(new HashSet<string> { "closing", "deadlines", "digests", "fix-checks", "outbox" }, registered.ToHashSet());
        await Eventually.True(() =>
        {
            using var connection = host.Storage.GetConnection();
            return Task.FromResult(connection.GetRecurringJobs().Select(j => j.Id).Order().SequenceEqual(registered));
        }, "The recurring jobs were not registered");
        using (var connection = host.Storage.GetConnection())
        {
            Assert.All(connection.GetRecurringJobs(), job => Assert.Equal("0 0 1 1 *", job.Cron));
        }
        var before = host.Storage.GetMonitoringApi().GetStatistics().Succeeded;

        foreach (var job in registered.Where(j => j != "flaky"))
        {
            host.Trigger(job);
        }

        await host.SucceededAsync(before + registered.Count - 1);
        Assert.Equal(0, host.Storage.GetMonitoringApi().GetStatistics().Failed);
    }

    [Fact]
    public async Task FailedRun_IsLogged_ThenRetriedByHangfire()
    {
        var before = host.Storage.GetMonitoringApi().GetStatistics().Succeeded;

        host.Trigger("flaky");

        await host.SucceededAsync(before + 1);
        Assert.Equal(2, FlakyJob.Runs);
        Assert.Contains(host.Logs.Entries, e => e.Message.Contains("Job flaky failed", StringComparison.Ordinal));
    }
}

/// <summary>Two app nodes, each with a Hangfire server, on one database and one job storage.</summary>
public class TwoHangfireServersTests(HangfireNode host) : IClassFixture<HangfireNode>
{
    [Fact]
    public async Task TriggeredOnBothServersAtOnce_EveryReminderAndDigestGoesOutOnce()
    {
        var cast = await RecommendationsCast.CreateAsync(host);
        var recommendation = await cast.AssignedAsync(host, "Две машини, едно напомняне");
        DateOnly due;
        await using (var db = host.Db())
        {
            due = (await db.Recommendations.SingleAsync(r => r.Id == recommendation)).Deadline!.DueDate;
        }
        // A reader whose daily digest is due, with one comment waiting in it.
        var reader = await host.CreateUserAsync("Читател на два сървъра");
        var dialogue = await DialogueSpacesCast.OpenAsync(host, await host.CreateUserAsync(roles: [Role.Official]), "Диалог на два сървъра");
        await using (var scope = host.As(reader))
        {
            await scope.Get<FollowService>().FollowAsync(new FollowTarget(ItemKind.Dialogue, dialogue.Value));
        }
        await DialogueSpacesCast.CommentAsync(host, await host.CreateUserAsync(), dialogue);
        var noon = due.AddDays(-3).ToDateTime(new TimeOnly(12, 0));
        host.Clock.Set(host.Calendar.FromWallClock(noon));

        var second = new SecondHangfireNode(host);
        await second.InitializeAsync();
        try
        {
            second.Clock.Set(host.Clock.GetUtcNow());
            var before = host.Storage.GetMonitoringApi().GetStatistics().Succeeded;

            foreach (var node in new[] { host, second, host, second })
            {
                node.Trigger("deadlines");
                node.Trigger("digests");
            }

            await host.SucceededAsync(before + 8);
        }
        finally
        {
            await second.DisposeAsync();
        }
        await using var check = host.Db();
        Assert.Single(await check.Set<DeadlineReminder>().Where(r => r.ItemId == recommendation.Value).ToListAsync());
        Assert.Single(await check.Notifications.Where(n => n.UserId == cast.Official.Id && n.SubjectId == recommendation.Value && n.Template.StartsWith("Deadline.")).ToListAsync());
        Assert.Single(await check.OutboxMessages.Where(m => m.UserId == reader.Id && m.NotificationId == null).ToListAsync());
    }
}

/// <summary>Hangfire's dashboard replaces the jobs page: administrators only, on every path under it.</summary>
public class JobsDashboardTests(AppHost host) : IClassFixture<AppHost>
{
    [Theory]
    [InlineData("/admin/jobs")]
    [InlineData("/admin/jobs/recurring")]
    [InlineData("/admin/jobs/stats")]
    public async Task Guest_IsSentToLogIn(string path)
    {
        using var http = new HttpSession(host.BaseUrl);

        var response = await http.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Role.Resident)]
    [InlineData(Role.Moderator)]
    [InlineData(Role.Official)]
    public async Task AnyoneButAnAdministrator_IsRefused(string role)
    {
        var user = await host.CreateUserAsync(roles: [role]);
        using var http = new HttpSession(host.BaseUrl);
        await http.LogInAsync(user.Email);

        foreach (var path in new[] { "/admin/jobs", "/admin/jobs/recurring", "/admin/jobs/stats" })
        {
            var response = await http.GetAsync(path);
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{path}: {response.StatusCode}");
            Assert.DoesNotContain("outbox", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Administrator_SeesEveryRecurringJob()
    {
        var admin = await host.CreateUserAsync(roles: [Role.Administrator]);
        using var http = new HttpSession(host.BaseUrl);
        await http.LogInAsync(admin.Email);

        var html = await Eventually.Get(
            async () => await (await http.GetAsync("/admin/jobs/recurring")).Content.ReadAsStringAsync(),
            page => page.Contains("fix-checks", StringComparison.Ordinal),
            "The recurring jobs page never listed the jobs");

        Assert.All(["outbox", "digests", "deadlines", "closing", "fix-checks"], job => Assert.Contains(job, html, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnAdministratorWhoseRoleWasTaken_IsRefusedAtOnce()
    {
        var admin = await host.CreateUserAsync(roles: [Role.Administrator]);
        using var http = new HttpSession(host.BaseUrl);
        await http.LogInAsync(admin.Email);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/admin/jobs")).StatusCode);

        await using (var db = host.Db())
        {
            // The role goes in the database only: the sign-in cookie still claims it.
            await db.UserRoles.Where(r => r.UserId == admin.Id.Value).ExecuteDeleteAsync();
        }

        Assert.NotEqual(HttpStatusCode.OK, (await http.GetAsync("/admin/jobs")).StatusCode);
    }
}

public class JobsDashboardBrowserTests(AppHost host) : BrowserTest<AppHost>(host)
{
    [Fact]
    public async Task Administrator_OpensTheDashboardFromTheMenu_WithinTheSecurityPolicy()
    {
        var admin = await Host.CreateUserAsync("Админ Задачи", [Role.Administrator]);
        await Page.LogInAsync(admin);
        await Page.GotoInteractiveAsync("/");

        await Page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Задачи" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Recurring Jobs" }).First.ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Cell, new() { Name = "outbox", Exact = true }).First).ToBeVisibleAsync();
    }
}
