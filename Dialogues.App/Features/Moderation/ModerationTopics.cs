using Dialogues.App.Features.Accounts;
using Dialogues.App.Infrastructure.Events;
using Dialogues.App.Infrastructure.Live;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;

namespace Dialogues.App.Features.Moderation;

public static class ModerationTopics
{
    /// <summary>Every moderator's queue and dashboard listen here.</summary>
    public static readonly LiveTopic Queue = new("moderation:queue");
}

/// <summary>Something in the queue or the appeals changed; open queues reload what they show.</summary>
public sealed record ModerationQueueUpdated;

/// <summary>A suspension or ban began or ended for this person: their open pages show it at once.</summary>
public sealed record SanctionChanged(UserId UserId);

internal sealed class ModerationLiveBridge(ILiveUpdates live) : IAfterCommitHandler
{
    public void AfterCommit(IReadOnlyList<IDomainEvent> events)
    {
        if (events.Any(e => e is ModerationQueueChanged or ModerationDecided or ModerationAppealed or ModerationAppealDecided))
        {
            live.Publish(ModerationTopics.Queue, new ModerationQueueUpdated());
        }
        var sanctioned = events.OfType<ModerationDecided>().Where(d => d.Action is ModerationActionKind.Suspend or ModerationActionKind.Ban).Select(d => d.AuthorId)
            .Concat(events.OfType<ModerationAppealDecided>().Select(a => a.AuthorId))
            .Distinct();
        foreach (var user in sanctioned)
        {
            live.Publish(AccountTopics.Of(user), new SanctionChanged(user));
        }
    }
}
