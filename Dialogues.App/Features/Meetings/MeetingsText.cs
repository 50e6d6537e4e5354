namespace Dialogues.App.Features.Meetings;

/// <summary>Marker for MeetingsText.resx: the calendar of public meetings, signing up and the editor.</summary>
public sealed class MeetingsText;
