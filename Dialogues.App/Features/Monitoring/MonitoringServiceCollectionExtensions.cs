using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.Deadlines;
using Dialogues.App.Features.Moderation;
using Dialogues.App.Features.Notifications;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Files;
using Dialogues.App.Infrastructure.Items;
using Dialogues.App.Infrastructure.Live;
using Dialogues.App.Infrastructure.Localization;
using Dialogues.Domain.Monitoring;
using Dialogues.Domain.Shared;

namespace Dialogues.App.Features.Monitoring;

public static class MonitoringServiceCollectionExtensions
{
    public static IServiceCollection AddMonitoring(this IServiceCollection services)
    {
        services.AddErrorTexts<MonitoringText>("Monitoring");
        services.AddNotificationTexts<MonitoringText>("Monitoring", "Closing.MonitoringRound");
        services.AddPersonalData<MonitoringPersonalData>();
        services.AddAttachmentHolder<MonitoringFiles>();
        services.AddOptions<MonitoringOptions>().BindConfiguration(MonitoringOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<MonitoringService>();
        services.AddSingleton<INotificationRules, MonitoringNotificationRules>();
        services.AddItemKind<MonitoredPolicy, PolicyId>(ItemKind.MonitoredPolicy, p =>
                new ItemCard(p.Id.Value, null, p.Title, "", $"monitoring/{p.Id.Value}", false, true))
            .Named<MonitoringText>()
            .Followed();
        services.AddItemKind<MonitoringReport>(ItemKind.MonitoringReport, (_, reports) => reports.Select(r =>
                new ItemCard(r.Id, r.AuthorId, r.Title, r.Summary, $"monitoring/{r.PolicyId.Value}#report-{r.Id}", r.HiddenAt != null, r.HiddenAt == null)))
            .Named<MonitoringText>()
            .Moderated(e => e is ReportPublished published ? Written.New(published.ReportId) : null, preModerates: false);
        services.AddLiveTopics<IPolicyEvent>(e => [PolicyTopics.Of(e.PolicyId)]);
        services.AddSingleton<IClosingWindowSource, RoundWindows>();
        services.AddScoped<IDemoSeeder, MonitoringDemoSeeder>();
        return services;
    }
}
