using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using Quartz;

namespace Dialogues.App.Infrastructure.Jobs;

/// <summary>
/// Work the app does on a schedule. Implementations must be safe to run twice, and on two servers at once:
/// the database rows they act on, not the timer, say what is due.
/// </summary>
public interface IRecurringJob
{
    Task RunAsync(CancellationToken cancellationToken);
}

public sealed class JobOptions
{
    public const string Section = "Jobs";

    /// <summary>Off in tests, which run jobs by hand with a test clock.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Per job name, how often it runs; jobs without an entry use their registered default.</summary>
    public Dictionary<string, TimeSpan> Intervals { get; set; } = [];

    /// <summary>How long after start-up the jobs first run.</summary>
    public TimeSpan StartDelay { get; set; } = TimeSpan.FromSeconds(5);

    [Range(1, 10)]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Wait before the first retry of a failed run; doubles for each further attempt.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>A job the app schedules: its name (also shown to administrators), type and default interval.</summary>
public sealed record JobRegistration(string Name, Type JobType, TimeSpan DefaultInterval);

public static class JobsServiceCollectionExtensions
{
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JobOptions>().BindConfiguration(JobOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<JobScheduler>();
        services.AddScoped<JobRunRecorder>();
        services.AddScoped<JobsOverview>();
        if (configuration.GetSection(JobOptions.Section).Get<JobOptions>() is { Enabled: false })
        {
            return services;
        }
        services.AddQuartz(quartz =>
        {
            quartz.SchedulerName = "Dialogues";
            quartz.UseDefaultThreadPool(pool => pool.MaxConcurrency = 2);
        });
        services.AddQuartzHostedService(hosting => hosting.WaitForJobsToComplete = true);
        // Features register their jobs after this call, so the schedule is read when Quartz starts.
        services.AddOptions<QuartzOptions>().Configure<JobScheduler, IOptions<JobOptions>>((quartz, scheduler, options) =>
        {
            foreach (var job in scheduler.Jobs)
            {
                quartz.AddJob<JobScheduler.JobRunner>(detail => detail.WithIdentity(job.Name).UsingJobData(JobScheduler.JobRunner.AttemptKey, 1));
                quartz.AddTrigger(trigger => trigger
                    .WithIdentity(job.Name)
                    .ForJob(job.Name)
                    .StartAt(DateTimeOffset.UtcNow + options.Value.StartDelay)
                    .WithSimpleSchedule(s => s.WithInterval(scheduler.IntervalOf(job)).RepeatForever().WithMisfireHandlingInstructionNextWithRemainingCount()));
            }
        });
        return services;
    }

    /// <summary>Registers a job; a feature adds its jobs with one call each.</summary>
    public static IServiceCollection AddRecurringJob<TJob>(this IServiceCollection services, string name, TimeSpan defaultInterval)
        where TJob : class, IRecurringJob
    {
        services.AddScoped<TJob>();
        services.AddSingleton(new JobRegistration(name, typeof(TJob), defaultInterval));
        return services;
    }
}
