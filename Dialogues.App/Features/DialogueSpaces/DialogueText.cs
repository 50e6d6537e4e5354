namespace Dialogues.App.Features.DialogueSpaces;

/// <summary>Marker for DialogueText.resx: dialogues, their discussion, proposals and scenarios.</summary>
public sealed class DialogueText;
