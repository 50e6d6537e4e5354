using Dialogues.App.Features.Deadlines;
using Dialogues.App.Features.Moderation;
using Dialogues.App.Features.Notifications;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Events;
using Dialogues.App.Infrastructure.Jobs;

namespace Dialogues.App.Features.Problems;

public static class ProblemsServiceCollectionExtensions
{
    public static IServiceCollection AddProblems(this IServiceCollection services)
    {
        services.AddOptions<ProblemsOptions>().BindConfiguration(ProblemsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<ProblemsService>();
        services.AddScoped<ProblemCategoriesAdministration>();
        services.AddScoped<IReferenceSeeder, ProblemCategorySeeder>();
        services.AddSingleton<INotificationRules, ProblemNotificationRules>();
        services.AddSingleton<IFollowableKind, FollowableProblems>();
        services.AddSingleton<IAfterCommitHandler, ProblemLiveBridge>();
        services.AddSingleton<IDeadlineSource, ProblemDeadlines>();
        services.AddRecurringJob<FixCheckJob>("fix-checks", TimeSpan.FromHours(1));
        services.AddModeratedContent<ProblemModeration>();
        services.AddScoped<IDemoSeeder, ProblemsDemoSeeder>();
        return services;
    }
}
