namespace Dialogues.App.Features.Shell;

/// <summary>Marker for ShellText.resx: the layout, navigation, home and error pages.</summary>
public sealed class ShellText;
