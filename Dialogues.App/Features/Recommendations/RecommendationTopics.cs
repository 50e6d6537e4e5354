using Dialogues.App.Features.Departments;
using Dialogues.App.Infrastructure.Events;
using Dialogues.App.Infrastructure.Live;
using Dialogues.Domain.Recommendations;
using Dialogues.Domain.Shared;

namespace Dialogues.App.Features.Recommendations;

public static class RecommendationTopics
{
    public static LiveTopic Of(RecommendationId recommendation) => new($"recommendation:{recommendation.Value}");
}

/// <summary>Refreshes inboxes and open recommendation pages after each committed change.</summary>
internal sealed class RecommendationLiveBridge(ILiveUpdates live) : IAfterCommitHandler
{
    public void AfterCommit(IReadOnlyList<IDomainEvent> events)
    {
        foreach (var recommendationEvent in events.OfType<IRecommendationEvent>())
        {
            var changed = new InboxChanged(ItemKind.Recommendation, recommendationEvent.RecommendationId.Value);
            live.Publish(RecommendationTopics.Of(recommendationEvent.RecommendationId), recommendationEvent);
            switch (recommendationEvent)
            {
                case RecommendationRegistered:
                    live.Publish(DepartmentTopics.Unassigned, changed);
                    break;
                case RecommendationAssigned assigned:
                    live.Publish(DepartmentTopics.Unassigned, changed);
                    live.Publish(DepartmentTopics.Of(assigned.Department), changed);
                    break;
            }
        }
    }
}
