using Dialogues.App.Features.Deadlines;
using Dialogues.App.Features.Notifications;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Events;

namespace Dialogues.App.Features.Events;

public static class EventsServiceCollectionExtensions
{
    public static IServiceCollection AddEvents(this IServiceCollection services)
    {
        services.AddScoped<EventsService>();
        services.AddSingleton<INotificationRules, EventNotificationRules>();
        services.AddSingleton<IFollowableKind, FollowableEvents>();
        services.AddSingleton<IAfterCommitHandler, EventLiveBridge>();
        services.AddSingleton<IClosingWindowSource, EventWindows>();
        services.AddScoped<IDemoSeeder, EventsDemoSeeder>();
        return services;
    }
}
