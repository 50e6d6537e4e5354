using Dialogues.App.Features.Accounts;
using Dialogues.App.Infrastructure.Events;
using Dialogues.App.Infrastructure.Jobs;
using Dialogues.App.Infrastructure.Localization;
using Hangfire;

namespace Dialogues.App.Features.Notifications;

public static class NotificationsServiceCollectionExtensions
{
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddErrorTexts<NotificationText>("Notifications");
        services.AddPersonalData<NotificationPersonalData>();
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Followables>();
        services.AddSingleton<NotificationEmails>();
        services.AddSingleton<NotificationWriter>();
        services.AddSingleton<UnsubscribeTokens>();
        services.AddSingleton<IBeforeCommitHandler, NotificationsBeforeCommit>();
        services.AddSingleton<IBeforeCommitHandler, HiddenContentNotifications>();
        services.AddSingleton<IAfterCommitHandler, NotificationsLiveBridge>();
        services.AddSingleton<IAfterCommitHandler, OutboxKick>();
        services.AddScoped<OutboxSender>();
        services.AddScoped<DigestSender>();
        services.AddScoped<FollowService>();
        services.AddScoped<NotificationsService>();
        services.AddScoped<NotificationPreferencesService>();
        services.AddRecurringJob<OutboxJob>("outbox", Cron.Minutely());
        services.AddRecurringJob<DigestJob>("digests", "*/10 * * * *");
        return services;
    }
}
