namespace Dialogues.App.Infrastructure.Email;

/// <summary>Marker for EmailText.resx: the frame around every email.</summary>
public sealed class EmailText;
