using Dialogues.App.Features.Accounts;
using Dialogues.App.Infrastructure.Files;
using Dialogues.App.Features.Deadlines;
using Dialogues.App.Features.Moderation;
using Dialogues.App.Features.Notifications;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Live;
using Dialogues.App.Infrastructure.Localization;
using Dialogues.Domain.Monitoring;

namespace Dialogues.App.Features.Monitoring;

public static class MonitoringServiceCollectionExtensions
{
    public static IServiceCollection AddMonitoring(this IServiceCollection services)
    {
        services.AddErrorTexts<MonitoringText>("Monitoring");
        services.AddNotificationTexts<MonitoringText>("Monitoring");
        services.AddPersonalData<MonitoringPersonalData>();
        services.AddAttachmentHolder<MonitoringFiles>();
        services.AddOptions<MonitoringOptions>().BindConfiguration(MonitoringOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<MonitoringService>();
        services.AddSingleton<INotificationRules, MonitoringNotificationRules>();
        services.AddSingleton<IFollowableKind, FollowablePolicies>();
        services.AddLiveTopics<IPolicyEvent>(e => [PolicyTopics.Of(e.PolicyId)]);
        services.AddSingleton<IClosingWindowSource, RoundWindows>();
        services.AddModeratedContent<ReportModeration>();
        services.AddScoped<IDemoSeeder, MonitoringDemoSeeder>();
        return services;
    }
}
