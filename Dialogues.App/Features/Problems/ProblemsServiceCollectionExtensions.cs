using Dialogues.App.Infrastructure.Localization;
using Hangfire;
using Dialogues.App.Features.Accounts;
using Dialogues.App.Infrastructure.Files;
using Dialogues.App.Infrastructure.Security;
using Microsoft.Extensions.Options;
using Dialogues.App.Features.Deadlines;
using Dialogues.App.Features.Moderation;
using Dialogues.App.Features.Notifications;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Jobs;
using Dialogues.App.Infrastructure.Live;
using Dialogues.Domain.Problems;

namespace Dialogues.App.Features.Problems;

public static class ProblemsServiceCollectionExtensions
{
    public static IServiceCollection AddProblems(this IServiceCollection services)
    {
        services.AddErrorTexts<ProblemsText>("Problem");
        services.AddNotificationTexts<ProblemsText>("Problem");
        services.AddPersonalData<ProblemPersonalData>();
        services.AddAttachmentHolder<ProblemFiles>();
        services.AddOptions<ProblemsOptions>().BindConfiguration(ProblemsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AllowImagesFrom(provider => provider.GetRequiredService<IOptions<ProblemsOptions>>().Value.TileUrl);
        services.AddScoped<ProblemsService>();
        services.AddScoped<ProblemCategoriesAdministration>();
        services.AddScoped<IReferenceSeeder, ProblemCategorySeeder>();
        services.AddSingleton<INotificationRules, ProblemNotificationRules>();
        services.AddSingleton<IFollowableKind, FollowableProblems>();
        services.AddLiveTopics<IProblemEvent>(e => [ProblemTopics.Of(e.ReportId), ProblemTopics.Department(e.DepartmentId), ProblemTopics.All]);
        services.AddSingleton<IDeadlineSource, ProblemDeadlines>();
        services.AddRecurringJob<FixCheckJob>("fix-checks", Cron.Hourly(20));
        services.AddModeratedContent<ProblemModeration>();
        services.AddScoped<IDemoSeeder, ProblemsDemoSeeder>();
        return services;
    }
}
