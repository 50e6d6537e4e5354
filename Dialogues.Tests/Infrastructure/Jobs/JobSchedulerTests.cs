using Dialogues.App.Infrastructure.Jobs;
using Dialogues.App.Infrastructure.Localization;
using Dialogues.Domain.Participants;
using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dialogues.Tests.Infrastructure.Jobs;

/// <summary>A job that fails on its first run and succeeds after; counts its runs across the app.</summary>
public sealed class FlakyJob : IRecurringJob
{
    public static int Runs;

    public Task RunAsync(CancellationToken cancellationToken) =>
        Interlocked.Increment(ref Runs) == 1 ? throw new InvalidOperationException("The first run fails.") : Task.CompletedTask;
}

/// <summary>The scheduler really running, with a flaky job and a short retry delay.</summary>
public sealed class SchedulingHost : AppHost
{
    protected override IEnumerable<string> Settings =>
        ["Jobs:Enabled=true", "Jobs:StartDelay=00:00:00.100", "Jobs:RetryDelay=00:00:00.200", "Jobs:Intervals:flaky=01:00:00",
         "Jobs:Intervals:outbox=01:00:00", "Jobs:Intervals:digests=01:00:00"];

    protected override void Configure(IServiceCollection services) => services.AddRecurringJob<FlakyJob>("flaky", TimeSpan.FromHours(1));
}

public class JobSchedulerTests(SchedulingHost host) : IClassFixture<SchedulingHost>
{
    [Fact]
    public async Task FailedRun_IsRecordedAndLogged_ThenRetried()
    {
        var runs = await Eventually.Get(
            async () =>
            {
                await using var db = host.Db();
                return await db.JobRuns.Where(r => r.JobName == "flaky").OrderBy(r => r.Id).ToListAsync();
            },
            runs => runs.Count >= 2 && runs.All(r => r.Succeeded is not null),
            "The flaky job never ran twice",
            TimeSpan.FromSeconds(15));

        Assert.Equal(2, runs.Count);
        Assert.False(runs[0].Succeeded);
        Assert.Equal("InvalidOperationException: The first run fails.", runs[0].Error);
        Assert.Equal((2, true), (runs[1].Attempt, runs[1].Succeeded));
        Assert.Contains(host.Logs.Entries, e => e.Message.Contains("Job flaky failed (attempt 1)", StringComparison.Ordinal));
    }
}

public class JobsPageBrowserTests(AppHost host) : BrowserTest<AppHost>(host)
{
    [Fact]
    public void EveryRegisteredJob_HasANameInBothLanguages()
    {
        var jobs = Host.Services.GetServices<JobRegistration>().Select(j => j.Name).ToList();
        var texts = Host.Services.GetRequiredService<IStringLocalizer<JobsText>>();

        Assert.NotEmpty(jobs);
        foreach (var culture in Cultures.Supported)
        {
            using var _ = CultureScope.Use(culture);
            Assert.All(jobs, job => Assert.False(texts[$"Job.{job}"].ResourceNotFound, $"{culture}: no name for the job '{job}'"));
        }
    }

    [Fact]
    public async Task Administrator_RunsAJobNow_AndSeesItsRun()
    {
        var admin = await Host.CreateUserAsync("Админ Задачи", [Role.Administrator]);
        await Page.LogInAsync(admin);
        await Page.GotoInteractiveAsync("/admin/jobs");
        var row = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Изпращане на имейли" }).First;
        await Expect(row).ToContainTextAsync("още не е изпълнявана");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Изпълни сега: Изпращане на имейли" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Задачата „Изпращане на имейли“ е изпълнена.");
        await Expect(row).ToContainTextAsync("успешно");
    }
}
