using Microsoft.Extensions.Options;
using Quartz;

namespace Dialogues.App.Infrastructure.Jobs;

/// <summary>
/// The registered jobs on Quartz (hosted by Quartz.Extensions.Hosting, each firing in its own DI scope): a run is
/// recorded, and a failed one retried later with a growing delay. Administrators and tests can run a job at once.
/// </summary>
public sealed partial class JobScheduler(
    IEnumerable<JobRegistration> registrations,
    IServiceScopeFactory scopes,
    IServiceProvider services,
    IOptions<JobOptions> options,
    ILogger<JobScheduler> logger)
{
    public IReadOnlyList<JobRegistration> Jobs { get; } = registrations.ToList();

    public TimeSpan IntervalOf(JobRegistration job) => options.Value.Intervals.GetValueOrDefault(job.Name, job.DefaultInterval);

    /// <summary>The running scheduler, or null when scheduling is off (tests run jobs by hand).</summary>
    private async Task<IScheduler?> SchedulerAsync() =>
        services.GetService<ISchedulerFactory>() is { } factory ? await factory.GetScheduler() : null;

    /// <summary>When the scheduler runs the job next, or null when scheduling is off.</summary>
    public async Task<DateTimeOffset?> NextRunAsync(string name) =>
        await SchedulerAsync() is { } scheduler ? (await scheduler.GetTrigger(new TriggerKey(name)))?.GetNextFireTimeUtc() : null;

    /// <summary>Runs a job now, outside its schedule (the administrators' "run now", and tests).</summary>
    public async Task RunNowAsync(string name, CancellationToken cancellationToken = default)
    {
        var job = Jobs.Single(j => j.Name == name);
        await RunAsync(job, attempt: 1, cancellationToken);
    }

    internal async Task<bool> RunAsync(JobRegistration job, int attempt, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var recorder = scope.ServiceProvider.GetRequiredService<JobRunRecorder>();
        var run = await recorder.StartedAsync(job.Name, attempt, cancellationToken);
        try
        {
            var instance = (IRecurringJob)scope.ServiceProvider.GetRequiredService(job.JobType);
            await instance.RunAsync(cancellationToken);
            await recorder.FinishedAsync(run, null, cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogJobFailed(logger, exception, job.Name, attempt);
            await recorder.FinishedAsync(run, exception, CancellationToken.None);
            return false;
        }
    }

    internal async Task RetryLaterAsync(JobRegistration job, int failedAttempt)
    {
        if (failedAttempt >= options.Value.MaxAttempts || await SchedulerAsync() is not { } scheduler)
        {
            return;
        }
        var delay = options.Value.RetryDelay * Math.Pow(2, failedAttempt - 1);
        var retry = JobBuilder.Create<JobRunner>().WithIdentity($"{job.Name}-retry-{Guid.NewGuid():N}").UsingJobData(JobRunner.AttemptKey, failedAttempt + 1)
            .UsingJobData(JobRunner.NameKey, job.Name).Build();
        await scheduler.ScheduleJob(retry, TriggerBuilder.Create().StartAt(DateTimeOffset.UtcNow + delay).Build());
    }

    internal JobRegistration Find(string name) => Jobs.Single(j => j.Name == name);

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {Job} failed (attempt {Attempt})")]
    private static partial void LogJobFailed(ILogger logger, Exception exception, string job, int attempt);

    /// <summary>The Quartz job behind every registration.</summary>
    [DisallowConcurrentExecution]
    internal sealed class JobRunner(JobScheduler owner) : IJob
    {
        public const string AttemptKey = "attempt";
        public const string NameKey = "name";

        public async Task Execute(IJobExecutionContext context)
        {
            var data = context.MergedJobDataMap;
            var name = data.ContainsKey(NameKey) ? data.GetString(NameKey)! : context.JobDetail.Key.Name;
            var attempt = data.GetInt(AttemptKey);
            var job = owner.Find(name);
            if (!await owner.RunAsync(job, attempt, context.CancellationToken))
            {
                await owner.RetryLaterAsync(job, attempt);
            }
        }
    }
}
