namespace Dialogues.App.Features.Monitoring;

/// <summary>Marker for MonitoringText.resx: monitored policies, indicators, rounds and evaluations.</summary>
public sealed class MonitoringText;
