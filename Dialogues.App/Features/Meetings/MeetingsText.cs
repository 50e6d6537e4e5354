namespace Dialogues.App.Features.Meetings;

/// <summary>Marker for MeetingsText.resx: the calendar of public events, registration and the editor.</summary>
public sealed class MeetingsText;
