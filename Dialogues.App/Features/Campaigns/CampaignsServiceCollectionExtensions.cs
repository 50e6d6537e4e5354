using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.Deadlines;
using Dialogues.App.Features.Moderation;
using Dialogues.App.Features.Notifications;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Live;
using Dialogues.App.Infrastructure.Localization;
using Dialogues.Domain.Campaigns;

namespace Dialogues.App.Features.Campaigns;

public static class CampaignsServiceCollectionExtensions
{
    public static IServiceCollection AddCampaigns(this IServiceCollection services)
    {
        services.AddErrorTexts<CampaignsText>("Campaigns");
        services.AddNotificationTexts<CampaignsText>("Campaign");
        services.AddPersonalData<CampaignPersonalData>();
        services.AddScoped<CampaignsService>();
        services.AddSingleton<INotificationRules, CampaignNotificationRules>();
        services.AddSingleton<IFollowableKind, FollowableCampaigns>();
        services.AddLiveTopics<ICampaignEvent>(e => [CampaignTopics.Of(e.CampaignId), CampaignTopics.All]);
        services.AddSingleton<IClosingWindowSource, CampaignWindows>();
        services.AddModeratedContent<CampaignModeration>();
        services.AddScoped<IDemoSeeder, CampaignsDemoSeeder>();
        return services;
    }
}
