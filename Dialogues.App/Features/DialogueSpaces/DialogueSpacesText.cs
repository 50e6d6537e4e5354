namespace Dialogues.App.Features.DialogueSpaces;

/// <summary>Marker for DialogueSpacesText.resx: dialogues, their discussion, proposals and scenarios.</summary>
public sealed class DialogueSpacesText;
