namespace Dialogues.App.Features.Acts;

/// <summary>Marker for ActsText.resx: the register of acts, consultations and the legality watch.</summary>
public sealed class ActsText;
