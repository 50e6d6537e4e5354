using System.ComponentModel.DataAnnotations;
using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.Participants;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Common;
using Hangfire.SqlServer;
using Hangfire.Storage.SQLite;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

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

    /// <summary>Run Hangfire's server on this node. Off in tests, which run jobs on demand with a test clock.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Per job name, a cron expression (at most once a minute); jobs without an entry use their registered default.</summary>
    public Dictionary<string, string> Schedules { get; set; } = [];

    [Range(1, 10)]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Wait before the first retry of a failed run; doubles for each further attempt.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the server looks for queued and retried runs.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    [Range(1, 20)]
    public int Workers { get; set; } = 2;
}

/// <summary>A job the app schedules: its name (also its recurring job id in Hangfire), type and default cron schedule.</summary>
public sealed record JobRegistration(string Name, Type JobType, string DefaultSchedule);

public static class JobsServiceCollectionExtensions
{
    public const string DashboardPath = "/admin/jobs";

    /// <summary>
    /// Hangfire with storage chosen by <c>Database:Provider</c>: a SQLite file beside the embedded database, or the
    /// SQL Server database itself (schema <c>HangFire</c>). The storage, activator and filters are this app's own
    /// services rather than Hangfire's static defaults, so two apps in one process (the tests) never share them.
    /// </summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JobOptions>().BindConfiguration(JobOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<JobScheduler>();
        services.AddSingleton<JobStorage>(CreateStorage);
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddSingleton<IJobFilterProvider>(sp => Filters(sp.GetRequiredService<IOptions<JobOptions>>().Value));
        services.AddHangfire((sp, hangfire) => hangfire
            .UseLogProvider(new HangfireLogging(sp.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        // Registered at start, and again until the storage answers: a database that is down must not stop the app.
        services.AddHostedService<RecurringJobRegistrar>();
        if (configuration.GetSection(JobOptions.Section).Get<JobOptions>() is not { Enabled: false })
        {
            services.AddHangfireServer((sp, server) =>
            {
                var options = sp.GetRequiredService<IOptions<JobOptions>>().Value;
                server.WorkerCount = options.Workers;
                server.SchedulePollingInterval = options.PollInterval;
            });
        }
        return services;
    }

    /// <summary>Registers a job; a feature adds its jobs with one call each.</summary>
    public static IServiceCollection AddRecurringJob<TJob>(this IServiceCollection services, string name, string defaultSchedule)
        where TJob : class, IRecurringJob
    {
        services.AddScoped<TJob>();
        services.AddSingleton(new JobRegistration(name, typeof(TJob), defaultSchedule));
        return services;
    }

    /// <summary>Hangfire's dashboard at <see cref="DashboardPath"/>, for administrators only.</summary>
    public static IEndpointRouteBuilder MapJobsDashboard(this IEndpointRouteBuilder endpoints)
    {
        var options = new DashboardOptions
        {
            AppPath = "/",
            DashboardTitle = "Диалози · Dialogues",
            DisplayStorageConnectionString = false,
            Authorization = [],
            AsyncAuthorization = [new AdministratorsOnly()],
        };
        // The policy sends a guest to the login page; the filter checks the account itself, as every handler does.
        endpoints.MapHangfireDashboard(DashboardPath, options, endpoints.ServiceProvider.GetRequiredService<JobStorage>())
            .RequireAuthorization(new AuthorizeAttribute { Roles = Role.Administrator });
        return endpoints;
    }

    private static JobStorage CreateStorage(IServiceProvider services)
    {
        var database = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var options = services.GetRequiredService<IOptions<JobOptions>>().Value;
        var configuration = services.GetRequiredService<IConfiguration>();
        if (database.Provider == DatabaseProvider.SqlServer)
        {
            return new SqlServerStorage(configuration.GetConnectionString(DataServiceCollectionExtensions.ConnectionStringName), new SqlServerStorageOptions
            {
                SqlClientFactory = Microsoft.Data.SqlClient.SqlClientFactory.Instance,
                QueuePollInterval = options.PollInterval,
            });
        }
        var file = DataServiceCollectionExtensions.SqliteFile(configuration, services.GetRequiredService<IHostEnvironment>());
        return new SQLiteStorage(Path.ChangeExtension(file, null) + "-jobs.db", new SQLiteStorageOptions { QueuePollInterval = options.PollInterval });
    }

    /// <summary>Hangfire's default filters, with retries from the options: a failed run is tried again later, the wait doubling.</summary>
    private static JobFilterProviderCollection Filters(JobOptions options)
    {
        var filters = new JobFilterCollection
        {
            new CaptureCultureAttribute(),
            new AutomaticRetryAttribute
            {
                Attempts = options.MaxAttempts - 1,
                DelayInSecondsByAttemptFunc = attempt => (int)Math.Ceiling(options.RetryDelay.TotalSeconds * Math.Pow(2, attempt - 1)),
            },
            new StatisticsHistoryAttribute(),
            new ContinuationsSupportAttribute(),
        };
        return new JobFilterProviderCollection(filters, new JobFilterAttributeFilterProvider());
    }
}
