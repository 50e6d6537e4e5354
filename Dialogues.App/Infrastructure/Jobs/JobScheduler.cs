using Dialogues.App.Infrastructure.Security;
using Hangfire;
using Hangfire.Dashboard;
using Hangfire.Storage;
using Microsoft.Extensions.Options;

namespace Dialogues.App.Infrastructure.Jobs;

/// <summary>
/// Runs the registered jobs: Hangfire calls <see cref="RunAsync"/> on their schedules (retrying a failed run), and
/// tests call <see cref="RunNowAsync"/> to run one at once, without waiting for a timer.
/// </summary>
public sealed partial class JobScheduler(
    IEnumerable<JobRegistration> registrations,
    IServiceScopeFactory scopes,
    IOptions<JobOptions> options,
    ILogger<JobScheduler> logger)
{
    public IReadOnlyList<JobRegistration> Jobs { get; } = registrations.ToList();

    public string ScheduleOf(JobRegistration job) => options.Value.Schedules.GetValueOrDefault(job.Name, job.DefaultSchedule);

    /// <summary>Runs a job now, outside its schedule and outside Hangfire.</summary>
    public Task RunNowAsync(string name, CancellationToken cancellationToken = default) => RunAsync(name, cancellationToken);

    /// <summary>
    /// One run of a job, in its own scope. Runs of the same job wait for each other across servers (a lock in the job
    /// storage), so a slow run and the next occurrence never overlap; a failure is logged and thrown for Hangfire to retry.
    /// A run that cannot take the lock within a minute fails and is retried later: the SQLite storage polls a held lock
    /// every tenth of the timeout, so a long timeout would leave a waiting run asleep long after the lock is free.
    /// </summary>
    [JobDisplayName("{0}")]
    [DisableConcurrentExecution("job:{0}", timeoutSec: 60)]
    public async Task RunAsync(string name, CancellationToken cancellationToken)
    {
        var job = Jobs.Single(j => j.Name == name);
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            await ((IRecurringJob)scope.ServiceProvider.GetRequiredService(job.JobType)).RunAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogJobFailed(logger, exception, job.Name);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {Job} failed")]
    private static partial void LogJobFailed(ILogger logger, Exception exception, string job);
}

/// <summary>Puts every registered job on its schedule in Hangfire, and takes off the ones no longer registered.</summary>
internal sealed partial class RecurringJobRegistrar(
    JobScheduler scheduler,
    IRecurringJobManager recurringJobs,
    JobStorage storage,
    ILogger<RecurringJobRegistrar> logger) : BackgroundService
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // Start-up does not wait for the storage.
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                Register();
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogRegistrationFailed(logger, exception);
                await Task.Delay(RetryAfter, stoppingToken);
            }
        }
    }

    private void Register()
    {
        var names = scheduler.Jobs.Select(j => j.Name).ToHashSet();
        using (var connection = storage.GetConnection())
        {
            foreach (var stale in connection.GetRecurringJobs().Where(j => !names.Contains(j.Id)))
            {
                recurringJobs.RemoveIfExists(stale.Id);
            }
        }
        foreach (var job in scheduler.Jobs)
        {
            var name = job.Name;
            recurringJobs.AddOrUpdate<JobScheduler>(name, s => s.RunAsync(name, CancellationToken.None), scheduler.ScheduleOf(job));
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The recurring jobs could not be registered; trying again in a minute")]
    private static partial void LogRegistrationFailed(ILogger logger, Exception exception);
}

/// <summary>The dashboard is for administrators whose account is active now (the cookie alone is not enough).</summary>
internal sealed class AdministratorsOnly : IDashboardAsyncAuthorizationFilter
{
    public async Task<bool> AuthorizeAsync(DashboardContext context)
    {
        var http = context.GetHttpContext();
        try
        {
            return await CurrentActor.ForRequest(http).FindAsync(http.RequestAborted) is { IsAdministrator: true };
        }
        catch (Domain.Shared.DomainException)
        {
            return false;
        }
    }
}
