namespace Dialogues.App.Features.Practices;

/// <summary>Marker for PracticesText.resx: the library of good practices.</summary>
public sealed class PracticesText;
