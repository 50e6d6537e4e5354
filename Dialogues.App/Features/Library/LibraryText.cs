namespace Dialogues.App.Features.Library;

/// <summary>Marker for LibraryText.resx: the documents library and the folders shown on other pages.</summary>
public sealed class LibraryText;
