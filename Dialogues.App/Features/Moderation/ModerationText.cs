namespace Dialogues.App.Features.Moderation;

/// <summary>Marker for ModerationText.resx: flags, the queue, decisions, appeals, the dashboard.</summary>
public sealed class ModerationText;
