using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading.Channels;

namespace Dialogues.App.Infrastructure.Live;

/// <summary>A named stream of live events, e.g. one dialogue or one user's account.</summary>
public readonly record struct LiveTopic(string Name)
{
    public override string ToString() => Name;
}

/// <summary>
/// Publish/subscribe for live updates. Feature services publish after their database commit; components
/// subscribe per topic. This in-process implementation can be swapped for a multi-server one behind the seam.
/// </summary>
public interface ILiveUpdates
{
    void Publish(LiveTopic topic, object liveEvent);

    /// <summary>Handlers run one event at a time per subscription, off the publisher's thread.</summary>
    IDisposable Subscribe(LiveTopic topic, Func<object, Task> handler);
}

internal sealed partial class InProcessLiveUpdates(ILogger<InProcessLiveUpdates> logger) : ILiveUpdates
{
    private readonly ConcurrentDictionary<string, ImmutableList<Subscription>> _subscriptions = new();
    private readonly ILogger _logger = logger;

    public void Publish(LiveTopic topic, object liveEvent)
    {
        if (_subscriptions.TryGetValue(topic.Name, out var subscribers))
        {
            foreach (var subscriber in subscribers)
            {
                subscriber.Post(liveEvent);
            }
        }
    }

    public IDisposable Subscribe(LiveTopic topic, Func<object, Task> handler)
    {
        var subscription = new Subscription(this, topic, handler);
        _subscriptions.AddOrUpdate(topic.Name, _ => [subscription], (_, list) => list.Add(subscription));
        return subscription;
    }

    private void Remove(Subscription subscription)
    {
        while (_subscriptions.TryGetValue(subscription.Topic.Name, out var list))
        {
            var updated = list.Remove(subscription);
            var done = updated.IsEmpty
                ? _subscriptions.TryRemove(new KeyValuePair<string, ImmutableList<Subscription>>(subscription.Topic.Name, list))
                : _subscriptions.TryUpdate(subscription.Topic.Name, updated, list);
            if (done)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A live update handler for {Topic} failed")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string topic);

    /// <summary>Each subscriber drains its own queue, so a slow or broken circuit never delays the others.</summary>
    private sealed class Subscription : IDisposable
    {
        private readonly InProcessLiveUpdates _owner;
        private readonly Func<object, Task> _handler;
        private readonly Channel<object> _queue = Channel.CreateUnbounded<object>(new UnboundedChannelOptions { SingleReader = true });

        public Subscription(InProcessLiveUpdates owner, LiveTopic topic, Func<object, Task> handler)
        {
            _owner = owner;
            _handler = handler;
            Topic = topic;
            _ = Task.Run(DrainAsync);
        }

        public LiveTopic Topic { get; }

        public void Post(object liveEvent) => _queue.Writer.TryWrite(liveEvent);

        public void Dispose()
        {
            _owner.Remove(this);
            _queue.Writer.TryComplete();
        }

        private async Task DrainAsync()
        {
            await foreach (var liveEvent in _queue.Reader.ReadAllAsync())
            {
                try
                {
                    await _handler(liveEvent);
                }
                catch (Exception exception)
                {
                    LogHandlerFailed(_owner._logger, exception, Topic.Name);
                }
            }
        }
    }
}

public static class LiveServiceCollectionExtensions
{
    public static IServiceCollection AddLiveUpdates(this IServiceCollection services) =>
        services.AddSingleton<ILiveUpdates, InProcessLiveUpdates>().AddSingleton<OncePerEvent>();
}
