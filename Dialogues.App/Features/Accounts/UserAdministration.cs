using Dialogues.App.Features.Audit;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Live;
using Dialogues.App.Infrastructure.Security;
using Dialogues.Domain.Participants;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Accounts;

public sealed record UserRow(
    UserId Id,
    string DisplayName,
    string Email,
    bool EmailConfirmed,
    IReadOnlyList<string> Roles,
    DepartmentId? DepartmentId,
    bool IsDepartmentHead,
    DateTimeOffset SignedUpAt,
    bool IsDisabled);

/// <summary>Administrators list accounts, assign roles and departments, and disable accounts.</summary>
public sealed class UserAdministration(
    IDbContextFactory<AppDbContext> databases,
    IServiceScopeFactory scopes,
    CurrentActor currentActor,
    ILiveUpdates live,
    TimeProvider clock)
{
    public async Task<Page<UserRow>> ListAsync(string? search, int skip, int take, UserOrder order = UserOrder.Name, bool descending = false, CancellationToken cancellationToken = default)
    {
        await currentActor.RequireRoleAsync(Role.Administrator, cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            users = users.Where(u => u.DisplayName.Contains(term) || u.Email!.Contains(term));
        }
        users = (order, descending) switch
        {
            (UserOrder.SignedUp, false) => users.OrderBy(u => u.SignedUpAt).ThenBy(u => u.Id),
            (UserOrder.SignedUp, true) => users.OrderByDescending(u => u.SignedUpAt).ThenBy(u => u.Id),
            (_, true) => users.OrderByDescending(u => u.DisplayName).ThenBy(u => u.Id),
            _ => users.OrderBy(u => u.DisplayName).ThenBy(u => u.Id),
        };
        return await users
            .Select(u => new UserRow(
                new UserId(u.Id),
                u.DisplayName,
                u.Email!,
                u.EmailConfirmed,
                db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).ToList(),
                u.DepartmentId,
                u.IsDepartmentHead,
                u.SignedUpAt,
                u.DisabledAt != null))
            .ToPageAsync(skip, take, cancellationToken);
    }

    /// <summary>Replaces the user's roles; an official must belong to a department. Recorded in the audit log.</summary>
    public async Task SetRolesAsync(UserId userId, IReadOnlyCollection<string> roles, DepartmentId? department, bool isDepartmentHead = false, string? reason = null, CancellationToken cancellationToken = default)
    {
        var admin = await currentActor.RequireRoleAsync(Role.Administrator, cancellationToken);
        DomainException.ThrowIf(roles.Any(r => !Role.All.Contains(r)), DomainErrors.UnknownRole);
        DomainException.ThrowIf(roles.Contains(Role.Official) && department is null, DomainErrors.OfficialNeedsDepartment);
        DomainException.ThrowIf(userId == admin.Id && !roles.Contains(Role.Administrator), DomainErrors.CannotDemoteSelf);

        await ChangeUserAsync(userId, async (users, user) =>
        {
            var current = await users.GetRolesAsync(user);
            var before = Describe(current, user);
            user.DepartmentId = roles.Contains(Role.Official) ? department : null;
            user.IsDepartmentHead = isDepartmentHead && user.DepartmentId is not null;
            Check(await users.UpdateAsync(user));
            Check(await users.RemoveFromRolesAsync(user, current.Except(roles)));
            Check(await users.AddToRolesAsync(user, roles.Except(current)));
            return ("Account.Roles", before, Describe(roles, user));
        }, admin, reason, cancellationToken);
        live.Publish(AccountTopics.Of(userId), new AccountChanged(userId, SignedOut: false));
    }

    /// <summary>Disabling refuses new sign-ins, invalidates the cookie and signs out open circuits at once.</summary>
    public async Task SetDisabledAsync(UserId userId, bool disabled, string? reason = null, CancellationToken cancellationToken = default)
    {
        var admin = await currentActor.RequireRoleAsync(Role.Administrator, cancellationToken);
        DomainException.ThrowIf(userId == admin.Id, DomainErrors.CannotDisableSelf);

        await ChangeUserAsync(userId, async (users, user) =>
        {
            var before = user.DisabledAt is null ? "Enabled" : "Disabled";
            user.DisabledAt = disabled ? clock.GetUtcNow() : null;
            Check(await users.UpdateAsync(user));
            if (disabled)
            {
                Check(await users.UpdateSecurityStampAsync(user));
            }
            return (disabled ? "Account.Disabled" : "Account.Enabled", before, disabled ? "Disabled" : "Enabled");
        }, admin, reason, cancellationToken);
        if (disabled)
        {
            live.Publish(AccountTopics.Of(userId), new AccountChanged(userId, SignedOut: true));
        }
    }

    /// <summary>
    /// Changes the account through Identity and records who did what, why and what it was before, all in one
    /// transaction: Identity saves several times, and none of it may stand without its audit entry.
    /// </summary>
    private async Task ChangeUserAsync(UserId userId, Func<UserManager<AppUser>, AppUser, Task<(string Action, string Before, string After)>> change,
        Actor admin, string? reason, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.InTransactionAsync(async () =>
        {
            var user = await users.FindByIdAsync(userId.Value.ToString()) ?? throw new DomainException(DomainErrors.NotFound);
            var (action, before, after) = await change(users, user);
            AuditLog.Record(db, clock.GetUtcNow(), admin.Id, action, "Account", userId.Value, userId, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), before, after);
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
    }

    private static string Describe(IEnumerable<string> roles, AppUser user) =>
        $"{string.Join(", ", roles.Order())}{(user.DepartmentId is { } d ? $"; department {d.Value}{(user.IsDepartmentHead ? " (head)" : "")}" : "")}";

    private static void Check(IdentityResult result) =>
        DomainException.ThrowIf(!result.Succeeded, DomainErrors.SaveFailed);
}

/// <summary>How the administrators' list of accounts is sorted.</summary>
public enum UserOrder
{
    Name,
    SignedUp,
}
