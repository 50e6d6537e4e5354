namespace Dialogues.App.Features.ReferenceData;

/// <summary>Marker for ReferenceDataText.resx: the administrators' reference list editor.</summary>
public sealed class ReferenceDataText;
