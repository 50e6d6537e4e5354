using Dialogues.App.Infrastructure.Live;
using Dialogues.Domain.Campaigns;

namespace Dialogues.App.Features.Campaigns;

public static class CampaignTopics
{
    public static LiveTopic Of(CampaignId campaign) => new($"campaign:{campaign.Value}");

    /// <summary>The list of campaigns.</summary>
    public static readonly LiveTopic All = new("campaigns");
}
