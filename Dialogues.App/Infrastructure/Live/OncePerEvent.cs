using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Dialogues.App.Infrastructure.Live;

/// <summary>
/// What every watcher of a live event would load alike (a meeting's page, a page of a list) is loaded once for that
/// event and handed to them all: the first watcher to ask runs the load, the others await the same task. An event is
/// the same instance for every subscriber, so the loads are kept with it and go when it is collected. A load must not
/// depend on who is watching: it runs with the first watcher's services.
/// </summary>
public sealed class OncePerEvent
{
    private readonly ConditionalWeakTable<object, ConcurrentDictionary<(Type, object), Lazy<Task<object?>>>> _loads = new();

    public async Task<T> GetAsync<T>(object liveEvent, object key, Func<Task<T>> load)
    {
        var loads = _loads.GetOrCreateValue(liveEvent);
        var shared = loads.GetOrAdd((typeof(T), key), _ => new Lazy<Task<object?>>(async () => await load()));
        return (T)(await shared.Value)!;
    }
}
