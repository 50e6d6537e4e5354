using Dialogues.App.Features.Deadlines;
using Dialogues.App.Features.Moderation;
using Dialogues.App.Features.Notifications;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Events;

namespace Dialogues.App.Features.Campaigns;

public static class CampaignsServiceCollectionExtensions
{
    public static IServiceCollection AddCampaigns(this IServiceCollection services)
    {
        services.AddScoped<CampaignsService>();
        services.AddSingleton<INotificationRules, CampaignNotificationRules>();
        services.AddSingleton<IFollowableKind, FollowableCampaigns>();
        services.AddSingleton<IAfterCommitHandler, CampaignLiveBridge>();
        services.AddSingleton<IClosingWindowSource, CampaignWindows>();
        services.AddModeratedContent<CampaignModeration>();
        services.AddScoped<IDemoSeeder, CampaignsDemoSeeder>();
        return services;
    }
}
