namespace Dialogues.App.Features.Accounts;

/// <summary>Account events worth a log line. Ids only: never emails, names or passwords.</summary>
internal static partial class AccountLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Account {UserId} registered")]
    public static partial void SignedUp(ILogger logger, Guid userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {UserId} signed in")]
    public static partial void SignedIn(ILogger logger, Guid userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in failed for account {UserId}")]
    public static partial void SignInFailed(ILogger logger, Guid userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in failed for an unknown account")]
    public static partial void SignInFailedUnknown(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {UserId} locked out after repeated failed sign-ins")]
    public static partial void LockedOut(ILogger logger, Guid userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {UserId} erased itself")]
    public static partial void Erased(ILogger logger, Guid userId);
}
