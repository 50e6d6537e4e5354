using Dialogues.App.Features.Accounts;
using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Infrastructure.Security;

/// <summary>
/// The one gate every write handler passes: who is acting, read fresh from the database, so a disabled
/// account or a changed role takes effect on the next click rather than when the cookie expires.
/// </summary>
public sealed class CurrentActor(AuthenticationStateProvider authentication, IDbContextFactory<AppDbContext> databases)
{
    public async Task<UserId?> UserIdAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return AccountClaims.UserIdOf(state.User);
    }

    /// <summary>The acting account, or a refusal a user can read: log in, confirm the email, account disabled.</summary>
    public async Task<Actor> RequireAsync(CancellationToken cancellationToken = default)
    {
        var id = await UserIdAsync() ?? throw new DomainException(DomainErrors.LoginRequired);
        return await LoadAsync(id, cancellationToken);
    }

    public async Task<Actor> RequireRoleAsync(string role, CancellationToken cancellationToken = default)
    {
        var actor = await RequireAsync(cancellationToken);
        DomainException.ThrowIf(!actor.Roles.Contains(role) && !actor.IsAdministrator, DomainErrors.Forbidden);
        return actor;
    }

    /// <summary>The acting account if someone is signed in and may act; null for guests.</summary>
    public async Task<Actor?> FindAsync(CancellationToken cancellationToken = default)
    {
        var id = await UserIdAsync();
        return id is null ? null : await LoadAsync(id.Value, cancellationToken);
    }

    internal async Task<Actor> LoadAsync(UserId id, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var account = await db.Users
            .Where(u => u.Id == id.Value)
            .Select(u => new
            {
                u.DisplayName,
                u.EmailConfirmed,
                u.DisabledAt,
                u.DepartmentId,
                u.IsDepartmentHead,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);

        DomainException.ThrowIf(account is null, DomainErrors.LoginRequired);
        DomainException.ThrowIf(account!.DisabledAt is not null, DomainErrors.AccountDisabled);
        DomainException.ThrowIf(!account.EmailConfirmed, DomainErrors.EmailNotConfirmed);
        return new Actor(id, account.DisplayName, account.Roles.ToHashSet(), account.DepartmentId, account.IsDepartmentHead);
    }
}
