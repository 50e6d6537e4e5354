namespace Dialogues.Domain.Shared;

public static partial class DomainErrors
{
    public const string DeadlineAlreadyExtended = "Deadline.AlreadyExtended";
    public const string DeadlineExtensionNotLater = "Deadline.ExtensionNotLater";
    public const string DeadlineExtensionTooLong = "Deadline.ExtensionTooLong";
    public const string DeadlineExtensionReason = "Deadline.ExtensionReason";
}
