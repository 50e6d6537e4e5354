using Microsoft.AspNetCore.Components;

namespace Dialogues.App.Infrastructure.Live;

/// <summary>
/// A component that follows live topics while it is interactive: events re-render it on its own
/// dispatcher, failures surface through the error boundary, and subscriptions end with the component.
/// </summary>
public abstract class LiveComponentBase : ComponentBase, IDisposable
{
    private readonly List<IDisposable> _subscriptions = [];

    [Inject]
    protected ILiveUpdates Live { get; set; } = default!;

    [Inject]
    private OncePerEvent Shared { get; set; } = default!;

    /// <summary>
    /// Loads what every watcher of <paramref name="liveEvent"/> shows alike once for all of them (see <see cref="OncePerEvent"/>);
    /// <paramref name="key"/> tells apart what differs between watchers (a filter, a page).
    /// </summary>
    protected Task<T> OncePerEventAsync<T>(object liveEvent, object key, Func<Task<T>> load) => Shared.GetAsync(liveEvent, key, load);

    /// <summary>Subscribes only when interactive: a prerendered page has no circuit to update. Re-renders after each event.</summary>
    protected void Follow(LiveTopic topic, Func<object, Task> onEvent) => Follow(topic, async liveEvent =>
    {
        await onEvent(liveEvent);
        return true;
    });

    /// <summary>
    /// As above, for a handler that says whether the event changed what it shows (true) or not (false): a page that
    /// many people watch re-renders only for the events it shows.
    /// </summary>
    protected void Follow(LiveTopic topic, Func<object, Task<bool>> onEvent)
    {
        if (!RendererInfo.IsInteractive)
        {
            return;
        }
        _subscriptions.Add(Live.Subscribe(topic, async liveEvent =>
        {
            try
            {
                await InvokeAsync(async () =>
                {
                    if (await onEvent(liveEvent))
                    {
                        StateHasChanged();
                    }
                });
            }
            catch (Exception exception)
            {
                await DispatchExceptionAsync(exception);
            }
        }));
    }

    protected void Unfollow()
    {
        foreach (var subscription in _subscriptions)
        {
            subscription.Dispose();
        }
        _subscriptions.Clear();
    }

    public void Dispose()
    {
        Unfollow();
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing) { }
}
