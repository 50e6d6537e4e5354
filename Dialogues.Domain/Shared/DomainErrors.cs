namespace Dialogues.Domain.Shared;

/// <summary>
/// Codes of the messages a refused action shows. Each feature adds its codes in its own folder;
/// every code has a Bulgarian and an English text in the app (a test checks).
/// </summary>
public static partial class DomainErrors
{
    public const string NameRequired = "Name.Required";
    public const string DateRequired = "Form.DateRequired";
    public const string AreaRequired = "Form.AreaRequired";
    public const string SettlementRequired = "Form.SettlementRequired";
}

public static partial class DomainErrors
{
    public const string LoginRequired = "Access.LoginRequired";
    public const string EmailNotConfirmed = "Access.EmailNotConfirmed";
    public const string AccountDisabled = "Access.AccountDisabled";
    public const string Forbidden = "Access.Forbidden";
    public const string NotFound = "Access.NotFound";
    public const string ChangedMeanwhile = "Access.ChangedMeanwhile";
}

public static partial class DomainErrors
{
    public const string UnknownRole = "Accounts.UnknownRole";
    public const string OfficialNeedsDepartment = "Accounts.OfficialNeedsDepartment";
    public const string CannotDemoteSelf = "Accounts.CannotDemoteSelf";
    public const string CannotDisableSelf = "Accounts.CannotDisableSelf";
    public const string SaveFailed = "Accounts.SaveFailed";
}

public static partial class DomainErrors
{
    public const string DisplayNameLength = "Accounts.DisplayNameLength";
    public const string DisplayNameNotAllowed = "Accounts.DisplayNameNotAllowed";
}

public static partial class DomainErrors
{
    public const string UploadTooLarge = "Upload.TooLarge";
    public const string UploadNotImage = "Upload.NotImage";
    public const string UploadNotDocument = "Upload.NotDocument";
    public const string UploadTypeMismatch = "Upload.TypeMismatch";
}

public static partial class DomainErrors
{
    public const string DigestScheduleInvalid = "Notifications.DigestScheduleInvalid";
}
