using System.Collections.Specialized;
using Microsoft.Extensions.Options;
using Quartz;
using Quartz.Impl;
using Quartz.Spi;

namespace Dialogues.App.Infrastructure.Jobs;

/// <summary>
/// Runs the registered jobs with Quartz (core only: the feed has no Quartz hosting extensions). Each firing
/// resolves the job in its own DI scope, records the run, and on failure schedules a retry with a growing delay.
/// </summary>
public sealed partial class JobScheduler(
    IEnumerable<JobRegistration> registrations,
    IServiceScopeFactory scopes,
    IOptions<JobOptions> options,
    ILogger<JobScheduler> logger) : IHostedService
{
    private IScheduler? _scheduler;

    public IReadOnlyList<JobRegistration> Jobs { get; } = registrations.ToList();

    public TimeSpan IntervalOf(JobRegistration job) => options.Value.Intervals.GetValueOrDefault(job.Name, job.DefaultInterval);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }
        var factory = new StdSchedulerFactory(new NameValueCollection
        {
            ["quartz.scheduler.instanceName"] = "Dialogues",
            ["quartz.threadPool.maxConcurrency"] = "2",
        });
        _scheduler = await factory.GetScheduler(cancellationToken);
        _scheduler.JobFactory = new ScopedJobFactory(this);
        foreach (var job in Jobs)
        {
            var detail = JobBuilder.Create<JobRunner>().WithIdentity(job.Name).UsingJobData(JobRunner.AttemptKey, 1).Build();
            var trigger = TriggerBuilder.Create()
                .WithIdentity(job.Name)
                .StartAt(DateTimeOffset.UtcNow + options.Value.StartDelay)
                .WithSimpleSchedule(s => s.WithInterval(IntervalOf(job)).RepeatForever().WithMisfireHandlingInstructionNextWithRemainingCount())
                .Build();
            await _scheduler.ScheduleJob(detail, trigger, cancellationToken);
        }
        await _scheduler.Start(cancellationToken);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_scheduler is not null)
        {
            await _scheduler.Shutdown(waitForJobsToComplete: true, cancellationToken);
        }
    }

    /// <summary>When the scheduler runs the job next, or null when scheduling is off.</summary>
    public async Task<DateTimeOffset?> NextRunAsync(string name) =>
        _scheduler is null ? null : (await _scheduler.GetTrigger(new TriggerKey(name)))?.GetNextFireTimeUtc();

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
        if (_scheduler is null || failedAttempt >= options.Value.MaxAttempts)
        {
            return;
        }
        var delay = options.Value.RetryDelay * Math.Pow(2, failedAttempt - 1);
        var retry = JobBuilder.Create<JobRunner>().WithIdentity($"{job.Name}-retry-{Guid.NewGuid():N}").UsingJobData(JobRunner.AttemptKey, failedAttempt + 1)
            .UsingJobData(JobRunner.NameKey, job.Name).Build();
        await _scheduler.ScheduleJob(retry, TriggerBuilder.Create().StartAt(DateTimeOffset.UtcNow + delay).Build());
    }

    internal JobRegistration Find(string name) => Jobs.Single(j => j.Name == name);

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {Job} failed (attempt {Attempt})")]
    private static partial void LogJobFailed(ILogger logger, Exception exception, string job, int attempt);

    /// <summary>The Quartz job behind every registration.</summary>
    [DisallowConcurrentExecution]
    private sealed class JobRunner(JobScheduler owner) : IJob
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

    private sealed class ScopedJobFactory(JobScheduler owner) : IJobFactory
    {
        public IJob NewJob(TriggerFiredBundle bundle, IScheduler scheduler) => new JobRunner(owner);

        public void ReturnJob(IJob job) { }
    }
}
