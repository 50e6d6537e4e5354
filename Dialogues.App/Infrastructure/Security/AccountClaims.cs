using System.Security.Claims;
using Dialogues.Domain.Participants;
using Microsoft.AspNetCore.Identity;

namespace Dialogues.App.Infrastructure.Security;

public static class AccountClaims
{
    public const string DisplayName = "dialogues:display_name";

    /// <summary>Identity's claim with the account's security stamp as it was at sign-in.</summary>
    public static readonly string SecurityStamp = new ClaimsIdentityOptions().SecurityStampClaimType;

    public static UserId? UserIdOf(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? new UserId(id) : null;

    public static string? SecurityStampOf(ClaimsPrincipal principal) => principal.FindFirstValue(SecurityStamp);
}
