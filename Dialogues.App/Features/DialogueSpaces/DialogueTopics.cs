using Dialogues.App.Infrastructure.Events;
using Dialogues.App.Infrastructure.Live;
using Dialogues.Domain.Dialogues;
using Dialogues.Domain.Shared;

namespace Dialogues.App.Features.DialogueSpaces;

public static class DialogueTopics
{
    public static LiveTopic Of(DialogueId dialogue) => new($"dialogue:{dialogue.Value}");
}

/// <summary>How many people have a dialogue open right now; live-only, never stored.</summary>
public sealed record PresenceChanged(DialogueId DialogueId, int Count);

/// <summary>Forwards every committed dialogue event to that dialogue's live topic.</summary>
internal sealed class DialogueLiveBridge(ILiveUpdates live) : IAfterCommitHandler
{
    public void AfterCommit(IReadOnlyList<IDomainEvent> events)
    {
        foreach (var dialogueEvent in events.OfType<IDialogueEvent>())
        {
            live.Publish(DialogueTopics.Of(dialogueEvent.DialogueId), dialogueEvent);
        }
    }
}
