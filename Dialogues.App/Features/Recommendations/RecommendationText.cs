namespace Dialogues.App.Features.Recommendations;

/// <summary>Marker for RecommendationText.resx: recommendations, the register, the inbox and the scorecard.</summary>
public sealed class RecommendationText;
