using Dialogues.App.Infrastructure.Events;
using Dialogues.Domain.Shared;

namespace Dialogues.App.Infrastructure.Live;

/// <summary>Forwards each committed event of one kind to the live topics it concerns.</summary>
internal sealed class LiveBridge<TEvent>(ILiveUpdates live, Func<TEvent, IEnumerable<LiveTopic>> topics) : IAfterCommitHandler
    where TEvent : IDomainEvent
{
    public void AfterCommit(IReadOnlyList<IDomainEvent> events)
    {
        foreach (var domainEvent in events.OfType<TEvent>())
        {
            foreach (var topic in topics(domainEvent))
            {
                live.Publish(topic, domainEvent);
            }
        }
    }
}

public static class LiveBridgeServiceCollectionExtensions
{
    /// <summary>A feature's whole live wiring: which topics each of its committed events goes to.</summary>
    public static IServiceCollection AddLiveTopics<TEvent>(this IServiceCollection services, Func<TEvent, IEnumerable<LiveTopic>> topics)
        where TEvent : IDomainEvent =>
        services.AddSingleton<IAfterCommitHandler>(provider => new LiveBridge<TEvent>(provider.GetRequiredService<ILiveUpdates>(), topics));
}
