using Dialogues.App.Features.Notifications;
using Dialogues.App.Infrastructure.Jobs;

namespace Dialogues.App.Features.Deadlines;

public static class DeadlinesServiceCollectionExtensions
{
    public static IServiceCollection AddDeadlines(this IServiceCollection services)
    {
        services.AddSingleton<INotificationRules, DeadlineNotificationRules>();
        services.AddRecurringJob<DeadlineReminderJob>("deadlines", TimeSpan.FromMinutes(15));
        services.AddSingleton<INotificationRules, ClosingNotificationRules>();
        services.AddRecurringJob<ClosingReminderJob>("closing", TimeSpan.FromHours(1));
        return services;
    }
}
