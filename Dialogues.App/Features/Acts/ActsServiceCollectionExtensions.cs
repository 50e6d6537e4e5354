using Dialogues.App.Features.Deadlines;
using Dialogues.App.Features.Moderation;
using Dialogues.App.Features.Notifications;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Events;

namespace Dialogues.App.Features.Acts;

public static class ActsServiceCollectionExtensions
{
    public static IServiceCollection AddActs(this IServiceCollection services)
    {
        services.AddScoped<ActsService>();
        services.AddSingleton<INotificationRules, ActNotificationRules>();
        services.AddSingleton<IFollowableKind, FollowableActs>();
        services.AddSingleton<IAfterCommitHandler, ActLiveBridge>();
        services.AddSingleton<IClosingWindowSource, ConsultationWindows>();
        services.AddModeratedContent<ConsultationCommentModeration>();
        services.AddScoped<IDemoSeeder, ActsDemoSeeder>();
        return services;
    }
}
