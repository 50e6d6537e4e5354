using Dialogues.App.Features.Notifications;
using Dialogues.Domain.Campaigns;
using Dialogues.Domain.Notifications;
using Dialogues.Domain.Shared;

namespace Dialogues.App.Features.Campaigns;

/// <summary>
/// Followers of a settlement or an area hear of new campaigns there; whoever starts or signs one follows it and hears
/// when it reaches its goal.
/// </summary>
internal sealed class CampaignNotificationRules : INotificationRules
{
    public async Task ApplyAsync(IReadOnlyList<IDomainEvent> events, NotificationContext context)
    {
        var relevant = events.OfType<ICampaignEvent>().Where(e => e is CampaignStarted or CampaignSigned or CampaignGoalReached or CampaignSubmitted).ToList();
        if (relevant.Count == 0)
        {
            return;
        }
        var campaigns = await context.AsSavedAsync(relevant.Select(e => e.CampaignId), (Campaign c) => c.Id, (stored, ids) => stored.Where(c => ids.Contains(c.Id)));
        foreach (var campaignEvent in relevant)
        {
            var target = new FollowTarget(ItemKind.Campaign, campaignEvent.CampaignId.Value);
            var link = $"campaigns/{campaignEvent.CampaignId.Value}";
            var subject = new ContentRef(ItemKind.Campaign, campaignEvent.CampaignId.Value);
            string[] named = [campaigns.TryGetValue(campaignEvent.CampaignId, out var campaign) ? campaign.Title : ""];
            switch (campaignEvent)
            {
                case CampaignStarted started:
                    context.Follow(started.AuthorId, target);
                    FollowTarget[] places = started.SettlementId is { } settlement
                        ? [new(ItemKind.Settlement, settlement.Value), new(ItemKind.PolicyArea, started.AreaId.Value)]
                        : [new(ItemKind.PolicyArea, started.AreaId.Value)];
                    context.Notify((await context.FollowersAsync(places)).Where(u => u != started.AuthorId), user =>
                        new NotificationDraft(user, NotificationKind.NewInMyAreas, "Campaign.NewInArea", named, link, subject, places[0]));
                    break;
                case CampaignSigned signed:
                    context.Follow(signed.UserId, target);
                    break;
                case CampaignGoalReached:
                    context.Notify(await context.FollowersAsync(target), user =>
                        new NotificationDraft(user, NotificationKind.FollowedActivity, "Campaign.GoalReached", named, link, subject, target));
                    break;
                case CampaignSubmitted submitted:
                    // Signers follow the recommendation too, to hear the municipality's answer.
                    var followers = await context.FollowersAsync(target);
                    foreach (var follower in followers)
                    {
                        context.Follow(follower, new FollowTarget(ItemKind.Recommendation, submitted.RecommendationId.Value));
                    }
                    context.Notify(followers, user =>
                        new NotificationDraft(user, NotificationKind.FollowedActivity, "Campaign.Submitted", named, link, subject, target));
                    break;
            }
        }
    }
}
