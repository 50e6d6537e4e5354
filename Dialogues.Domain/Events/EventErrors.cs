namespace Dialogues.Domain.Shared;

public static partial class DomainErrors
{
    public const string EventTitleLength = "Events.TitleLength";
    public const string EventDescriptionLength = "Events.DescriptionLength";
    public const string EventVenueLength = "Events.VenueLength";
    public const string EventLinkInvalid = "Events.LinkInvalid";
    public const string EventStartsInPast = "Events.StartsInPast";
    public const string EventEndsBeforeStart = "Events.EndsBeforeStart";
    public const string EventTooLong = "Events.TooLong";
    public const string EventCapacityRange = "Events.CapacityRange";
    public const string EventCapacityBelowAttendance = "Events.CapacityBelowAttendance";
    public const string EventCancellationReasonLength = "Events.CancellationReasonLength";
    public const string EventCancelled = "Events.Cancelled";
    public const string EventOver = "Events.Over";
    public const string EventRegistrationClosed = "Events.RegistrationClosed";
    public const string EventAlreadyRegistered = "Events.AlreadyRegistered";
    public const string EventNotRegistered = "Events.NotRegistered";
    public const string EventFull = "Events.Full";
    public const string EventBusy = "Events.Busy";
}
