using System.Security.Claims;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Live;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Accounts;

public sealed record ProfileEdit(string? DisplayName, SettlementId? SettlementId, IReadOnlyCollection<PolicyAreaId> Interests);

/// <summary>What people do with their own account: edit the profile, export their data, erase the account.</summary>
public sealed class AccountSelfService(
    UserManager<AppUser> users,
    IDbContextFactory<AppDbContext> databases,
    ILiveUpdates live,
    TimeProvider clock)
{
    public async Task<AppUser?> FindAsync(ClaimsPrincipal principal)
    {
        var id = AccountClaims.UserIdOf(principal);
        if (id is null)
        {
            return null;
        }
        await using var db = await databases.CreateDbContextAsync();
        return await db.Users.AsNoTracking().Include(u => u.Interests).SingleOrDefaultAsync(u => u.Id == id.Value.Value && u.DeletedAt == null);
    }

    public async Task UpdateProfileAsync(ClaimsPrincipal principal, ProfileEdit edit)
    {
        var name = ValidDisplayName(edit.DisplayName);
        var id = AccountClaims.UserIdOf(principal) ?? throw new DomainException(DomainErrors.LoginRequired);
        await using var db = await databases.CreateDbContextAsync();
        var user = await db.Users.Include(u => u.Interests).SingleOrDefaultAsync(u => u.Id == id.Value) ?? throw new DomainException(DomainErrors.LoginRequired);
        user.DisplayName = name;
        user.SettlementId = edit.SettlementId;
        user.Interests.RemoveAll(i => !edit.Interests.Contains(i.PolicyAreaId));
        user.Interests.AddRange(edit.Interests.Where(a => user.Interests.All(i => i.PolicyAreaId != a)).Select(a => new UserPolicyInterest { UserId = user.Id, PolicyAreaId = a }));
        await db.SaveChangesAsync();
    }

    public async Task RememberCultureAsync(ClaimsPrincipal principal, string culture)
    {
        var id = AccountClaims.UserIdOf(principal);
        if (id is null)
        {
            return;
        }
        await using var db = await databases.CreateDbContextAsync();
        await db.Users.Where(u => u.Id == id.Value.Value).ExecuteUpdateAsync(s => s.SetProperty(u => u.PreferredCulture, culture));
    }

    public async Task<Dictionary<string, object?>?> ExportAsync(ClaimsPrincipal principal)
    {
        var user = await FindAsync(principal);
        if (user is null)
        {
            return null;
        }
        return new Dictionary<string, object?>
        {
            ["displayName"] = user.DisplayName,
            ["email"] = user.Email,
            ["settlementId"] = user.SettlementId?.Value,
            ["policyInterests"] = user.Interests.Select(i => i.PolicyAreaId.Value).ToList(),
            ["preferredCulture"] = user.PreferredCulture,
            ["registeredAt"] = user.RegisteredAt,
            ["termsAcceptedAt"] = user.TermsAcceptedAt,
        };
    }

    /// <summary>
    /// Erases the person from the account: name, email, password and preferences go; the row stays so
    /// what they published remains readable as an anonymised participant's.
    /// </summary>
    public async Task<bool> EraseAsync(ClaimsPrincipal principal, string password)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null || !await users.CheckPasswordAsync(user, password))
        {
            return false;
        }
        var anonymous = $"erased-{user.Id:N}@invalid.example";
        user.DisplayName = "";
        user.Email = anonymous;
        user.UserName = anonymous;
        user.PhoneNumber = null;
        user.SettlementId = null;
        user.DeletedAt = clock.GetUtcNow();
        user.DisabledAt = user.DeletedAt;
        user.PasswordHash = null;
        await users.UpdateNormalizedEmailAsync(user);
        await users.UpdateNormalizedUserNameAsync(user);
        await users.UpdateSecurityStampAsync(user);
        await using (var db = await databases.CreateDbContextAsync())
        {
            await db.UserPolicyInterests.Where(i => i.UserId == user.Id).ExecuteDeleteAsync();
        }
        live.Publish(AccountTopics.Of(user.UserId), new AccountChanged(user.UserId, SignedOut: true));
        return true;
    }

    public static string ValidDisplayName(string? name) =>
        Text.Required(name, AppUser.DisplayNameMinLength, AppUser.DisplayNameMaxLength, DomainErrors.DisplayNameLength);
}
