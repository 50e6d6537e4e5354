using Dialogues.Domain.Notifications;
using Dialogues.Domain.Participants;
using Microsoft.AspNetCore.DataProtection;

namespace Dialogues.App.Features.Notifications;

/// <summary>What an unsubscribe link stops: one kind of email, or all of them.</summary>
public sealed record UnsubscribeRequest(UserId User, NotificationKind? Kind);

/// <summary>
/// Signed, expiring unsubscribe links that work without logging in. A changed or expired token does not verify.
/// </summary>
public sealed class UnsubscribeTokens(IDataProtectionProvider protection, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(90);

    // The expiry travels inside the signed payload and is checked against the app's clock (testable, unlike
    // the time-limited protector, which reads the system clock).
    private readonly IDataProtector _protector = protection.CreateProtector("Dialogues.Unsubscribe.v1");

    public string Create(UserId user, NotificationKind? kind) =>
        _protector.Protect($"{user.Value:N}|{kind?.ToString() ?? "all"}|{(clock.GetUtcNow() + Lifetime).UtcTicks}");

    public UnsubscribeRequest? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return null;
        }
        try
        {
            var parts = _protector.Unprotect(token).Split('|');
            if (parts.Length != 3 || !long.TryParse(parts[2], out var expires) || expires < clock.GetUtcNow().UtcTicks || !Guid.TryParseExact(parts[0], "N", out var user))
            {
                return null;
            }
            NotificationKind? kind = parts[1] == "all" ? null : Enum.TryParse<NotificationKind>(parts[1], out var k) ? k : null;
            return parts[1] != "all" && kind is null ? null : new UnsubscribeRequest(new UserId(user), kind);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
