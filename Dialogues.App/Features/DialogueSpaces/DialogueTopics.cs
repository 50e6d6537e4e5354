using Dialogues.App.Infrastructure.Live;
using Dialogues.Domain.DialogueSpaces;

namespace Dialogues.App.Features.DialogueSpaces;

public static class DialogueTopics
{
    public static LiveTopic Of(DialogueId dialogue) => new($"dialogue:{dialogue.Value}");
}

/// <summary>How many people have a dialogue open right now; live-only, never stored.</summary>
public sealed record PresenceChanged(DialogueId DialogueId, int Count);

