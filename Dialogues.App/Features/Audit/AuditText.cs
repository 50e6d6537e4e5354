namespace Dialogues.App.Features.Audit;

/// <summary>Marker for AuditText.resx.</summary>
public sealed class AuditText;
