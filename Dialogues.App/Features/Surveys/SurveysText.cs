namespace Dialogues.App.Features.Surveys;

/// <summary>Marker for SurveysText.resx: surveys and their results.</summary>
public sealed class SurveysText;
