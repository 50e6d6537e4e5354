using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Security;
using Dialogues.Domain.Participants;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Infrastructure.Jobs;

public sealed record JobStatus(string Name, TimeSpan Interval, DateTimeOffset? NextRun, JobRun? LastRun);

/// <summary>What administrators see of the scheduled jobs, and their "run now".</summary>
public sealed class JobsOverview(IDbContextFactory<AppDbContext> databases, JobScheduler scheduler, CurrentActor currentActor)
{
    public async Task<IReadOnlyList<JobStatus>> StatusAsync(CancellationToken cancellationToken = default)
    {
        await currentActor.RequireRoleAsync(Role.Administrator, cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var names = scheduler.Jobs.Select(j => j.Name).ToList();
        var lastRuns = await db.JobRuns.AsNoTracking()
            .Where(r => names.Contains(r.JobName))
            .GroupBy(r => r.JobName)
            .Select(g => g.OrderByDescending(r => r.Id).First())
            .ToDictionaryAsync(r => r.JobName, cancellationToken);
        var statuses = new List<JobStatus>();
        foreach (var job in scheduler.Jobs)
        {
            statuses.Add(new JobStatus(job.Name, scheduler.IntervalOf(job), await scheduler.NextRunAsync(job.Name), lastRuns.GetValueOrDefault(job.Name)));
        }
        return statuses;
    }

    public async Task<Page<JobRun>> RecentRunsAsync(int skip, int take, CancellationToken cancellationToken = default)
    {
        await currentActor.RequireRoleAsync(Role.Administrator, cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.JobRuns.AsNoTracking().OrderByDescending(r => r.Id).ToPageAsync(skip, take, cancellationToken);
    }

    public async Task RunNowAsync(string name, CancellationToken cancellationToken = default)
    {
        await currentActor.RequireRoleAsync(Role.Administrator, cancellationToken);
        await scheduler.RunNowAsync(name, cancellationToken);
    }
}
