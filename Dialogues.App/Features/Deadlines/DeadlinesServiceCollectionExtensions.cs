using Dialogues.App.Features.Notifications;
using Dialogues.App.Infrastructure.Jobs;
using Hangfire;

namespace Dialogues.App.Features.Deadlines;

public static class DeadlinesServiceCollectionExtensions
{
    public static IServiceCollection AddDeadlines(this IServiceCollection services)
    {
        services.AddSingleton<INotificationRules, DeadlineNotificationRules>();
        services.AddRecurringJob<DeadlineReminderJob>("deadlines", "*/15 * * * *");
        services.AddSingleton<INotificationRules, ClosingNotificationRules>();
        services.AddRecurringJob<ClosingReminderJob>("closing", Cron.Hourly(40));
        return services;
    }
}
