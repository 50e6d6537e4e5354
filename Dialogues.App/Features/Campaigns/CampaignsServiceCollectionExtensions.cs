using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.Deadlines;
using Dialogues.App.Features.Moderation;
using Dialogues.App.Features.Notifications;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Items;
using Dialogues.App.Infrastructure.Live;
using Dialogues.App.Infrastructure.Localization;
using Dialogues.Domain.Campaigns;
using Dialogues.Domain.Shared;

namespace Dialogues.App.Features.Campaigns;

public static class CampaignsServiceCollectionExtensions
{
    public static IServiceCollection AddCampaigns(this IServiceCollection services)
    {
        services.AddErrorTexts<CampaignsText>("Campaigns");
        services.AddNotificationTexts<CampaignsText>("Campaign", "Closing.Campaign");
        services.AddPersonalData<CampaignPersonalData>();
        services.AddScoped<CampaignsService>();
        services.AddSingleton<INotificationRules, CampaignNotificationRules>();
        services.AddItemKind<Campaign, CampaignId>(ItemKind.Campaign, c =>
                new ItemCard(c.Id.Value, c.AuthorId, c.Title, c.Demand, $"campaigns/{c.Id.Value}", c.HiddenAt != null, c.HiddenAt == null))
            .Named<CampaignsText>()
            .Followed()
            .Moderated(e => e is CampaignStarted started ? Written.New(started.CampaignId.Value) : null);
        services.AddLiveTopics<ICampaignEvent>(e => [CampaignTopics.Of(e.CampaignId), CampaignTopics.All]);
        services.AddSingleton<IClosingWindowSource, CampaignWindows>();
        services.AddScoped<IDemoSeeder, CampaignsDemoSeeder>();
        return services;
    }
}
