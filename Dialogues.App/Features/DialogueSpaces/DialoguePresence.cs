using System.Collections.Concurrent;
using Dialogues.App.Infrastructure.Live;
using Dialogues.Domain.DialogueSpaces;

namespace Dialogues.App.Features.DialogueSpaces;

/// <summary>
/// Who has a dialogue page open. A viewer is a person (or one guest's circuit); two tabs of the same person count once.
/// </summary>
public sealed class DialoguePresence(ILiveUpdates live)
{
    private readonly ConcurrentDictionary<DialogueId, ConcurrentDictionary<string, int>> _viewers = new();

    public IDisposable Enter(DialogueId dialogue, string viewer)
    {
        var viewers = _viewers.GetOrAdd(dialogue, _ => new ConcurrentDictionary<string, int>());
        viewers.AddOrUpdate(viewer, 1, (_, tabs) => tabs + 1);
        Announce(dialogue, viewers);
        return new Visit(this, dialogue, viewer);
    }

    public int CountOf(DialogueId dialogue) => _viewers.TryGetValue(dialogue, out var viewers) ? viewers.Count : 0;

    private void Leave(DialogueId dialogue, string viewer)
    {
        if (!_viewers.TryGetValue(dialogue, out var viewers))
        {
            return;
        }
        var remaining = viewers.AddOrUpdate(viewer, 0, (_, tabs) => tabs - 1);
        if (remaining <= 0)
        {
            viewers.TryRemove(new KeyValuePair<string, int>(viewer, remaining));
        }
        Announce(dialogue, viewers);
    }

    private void Announce(DialogueId dialogue, ConcurrentDictionary<string, int> viewers) =>
        live.Publish(DialogueTopics.Of(dialogue), new PresenceChanged(dialogue, viewers.Count));

    private sealed class Visit(DialoguePresence owner, DialogueId dialogue, string viewer) : IDisposable
    {
        private int _left;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _left, 1) == 0)
            {
                owner.Leave(dialogue, viewer);
            }
        }
    }
}
