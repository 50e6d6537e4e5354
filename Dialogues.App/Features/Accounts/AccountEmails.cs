using System.Text;
using Dialogues.App.Infrastructure.Email;
using Dialogues.App.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;

namespace Dialogues.App.Features.Accounts;

/// <summary>The emails of the account lifecycle, with links that carry Identity's tokens.</summary>
internal sealed class AccountEmails(
    UserManager<AppUser> users,
    EmailComposer composer,
    IEmailSender sender,
    IStringLocalizer<AccountText> text,
    PublicUrl urls)
{
    // Links carry account secrets, so they are built from the configured public address, never from the request's
    // Host header (which whoever asks for a reset chooses).
    public async Task SendConfirmationAsync(AppUser user, string? returnUrl = null)
    {
        var token = Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        var link = QueryHelpers.AddQueryString(urls.To("account/confirm-email"), new Dictionary<string, string?>
        {
            ["userId"] = user.Id.ToString(),
            ["code"] = token,
            ["returnUrl"] = returnUrl,
        });
        await sender.SendAsync(composer.Compose(
            user.Email!,
            text["Email.Confirm.Subject"],
            [text["Email.Greeting", user.DisplayName], text["Email.Confirm.Body"]],
            new EmailAction(text["Email.Confirm.Action"], link)));
    }

    public async Task SendPasswordResetAsync(AppUser user)
    {
        var token = Encode(await users.GeneratePasswordResetTokenAsync(user));
        var link = QueryHelpers.AddQueryString(urls.To("account/reset-password"), new Dictionary<string, string?> { ["code"] = token, ["email"] = user.Email });
        await sender.SendAsync(composer.Compose(
            user.Email!,
            text["Email.Reset.Subject"],
            [text["Email.Greeting", user.DisplayName], text["Email.Reset.Body"]],
            new EmailAction(text["Email.Reset.Action"], link)));
    }

    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    public static string? Decode(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
