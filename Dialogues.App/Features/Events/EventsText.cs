namespace Dialogues.App.Features.Events;

/// <summary>Marker for EventsText.resx: the calendar of public events, registration and the editor.</summary>
public sealed class EventsText;
