namespace Dialogues.App.Features.Problems;

/// <summary>Marker for ProblemsText.resx: problem reports, their map, workflow and statistics.</summary>
public sealed class ProblemsText;
