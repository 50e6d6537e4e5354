namespace Dialogues.App.Infrastructure.Jobs;

/// <summary>Marker for JobsText.resx: the administrators' jobs page.</summary>
public sealed class JobsText;
