using Dialogues.App.Infrastructure.Events;
using Dialogues.App.Infrastructure.Live;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;

namespace Dialogues.App.Features.Notifications;

public static class NotificationTopics
{
    public static LiveTopic Of(UserId user) => new($"notifications:{user.Value}");
}

/// <summary>A person's bell changed: new notifications arrived, or they read some.</summary>
public sealed record BellChanged(UserId User);

internal sealed class NotificationsLiveBridge(ILiveUpdates live) : IAfterCommitHandler
{
    public void AfterCommit(IReadOnlyList<IDomainEvent> events)
    {
        foreach (var user in events.OfType<NotificationsArrived>().SelectMany(e => e.Recipients).Distinct())
        {
            live.Publish(NotificationTopics.Of(user), new BellChanged(user));
        }
    }
}
