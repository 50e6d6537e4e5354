namespace Dialogues.Domain.Shared;

public static partial class DomainErrors
{
    public const string MeetingTitleLength = "Meetings.TitleLength";
    public const string MeetingDescriptionLength = "Meetings.DescriptionLength";
    public const string MeetingVenueLength = "Meetings.VenueLength";
    public const string MeetingLinkInvalid = "Meetings.LinkInvalid";
    public const string MeetingStartsInPast = "Meetings.StartsInPast";
    public const string MeetingEndsBeforeStart = "Meetings.EndsBeforeStart";
    public const string MeetingTooLong = "Meetings.TooLong";
    public const string MeetingCapacityRange = "Meetings.CapacityRange";
    public const string MeetingCapacityBelowAttendance = "Meetings.CapacityBelowAttendance";
    public const string MeetingCancellationReasonLength = "Meetings.CancellationReasonLength";
    public const string MeetingCancelled = "Meetings.Cancelled";
    public const string MeetingOver = "Meetings.Over";
    public const string MeetingSignUpClosed = "Meetings.SignUpClosed";
    public const string MeetingAlreadySignedUp = "Meetings.AlreadySignedUp";
    public const string MeetingNotSignedUp = "Meetings.NotSignedUp";
    public const string MeetingFull = "Meetings.Full";
    public const string MeetingBusy = "Meetings.Busy";
}
