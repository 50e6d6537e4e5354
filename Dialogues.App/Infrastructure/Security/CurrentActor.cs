using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Time;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Infrastructure.Security;

/// <summary>
/// The one gate every write handler passes: who is acting, read fresh from the database, so a disabled
/// account, a suspension or a changed role takes effect on the next click rather than when the cookie expires.
/// </summary>
public sealed class CurrentActor(
    AuthenticationStateProvider authentication,
    IDbContextFactory<AppDbContext> databases,
    ParticipationLimiter limiter,
    TimeProvider clock, MunicipalCalendar calendar)
{
    /// <summary>
    /// The current actor of an HTTP request outside Blazor (file downloads, the jobs dashboard): the request's sign-in,
    /// checked like any other, so a session ended elsewhere reads as a guest.
    /// </summary>
    public static CurrentActor ForRequest(HttpContext context)
    {
        var authentication = context.RequestServices.GetRequiredService<AuthenticationStateProvider>();
        ((IHostEnvironmentAuthenticationStateProvider)authentication).SetAuthenticationState(Task.FromResult(new AuthenticationState(context.User)));
        return context.RequestServices.GetRequiredService<CurrentActor>();
    }

    public async Task<UserId?> UserIdAsync() => (await SessionAsync())?.User;

    /// <summary>The signed-in account and the security stamp its sign-in carries (a new stamp ends every session).</summary>
    private async Task<(UserId User, string? Stamp)?> SessionAsync()
    {
        var principal = (await authentication.GetAuthenticationStateAsync()).User;
        return AccountClaims.UserIdOf(principal) is { } user ? (user, AccountClaims.SecurityStampOf(principal)) : null;
    }

    /// <summary>
    /// The acting account, or a refusal a user can read: log in, confirm the email, account disabled, suspended or
    /// banned. Every handler that changes something others see goes through here.
    /// </summary>
    public async Task<Actor> RequireAsync(CancellationToken cancellationToken = default)
    {
        var session = await SessionAsync() ?? throw new DomainException(DomainErrors.LoginRequired);
        return await LoadAsync(session, enforceSanctions: true, cancellationToken) ?? throw new DomainException(DomainErrors.LoginRequired);
    }

    /// <summary><see cref="RequireAsync"/>, and one permit of the person's rate limit for this kind of participation.</summary>
    public async Task<Actor> RequireToAsync(Participation participation, CancellationToken cancellationToken = default)
    {
        var actor = await RequireAsync(cancellationToken);
        limiter.Consume(participation, actor.Id);
        return actor;
    }

    public async Task<Actor> RequireRoleAsync(string role, CancellationToken cancellationToken = default)
    {
        var actor = await RequireAsync(cancellationToken);
        DomainException.ThrowIf(!actor.Roles.Contains(role) && !actor.IsAdministrator, DomainErrors.Forbidden);
        return actor;
    }

    /// <summary>
    /// The signed-in account even while suspended: for looking after one's own account (notifications, follows,
    /// appeals), never for taking part.
    /// </summary>
    public async Task<Actor> RequireAccountAsync(CancellationToken cancellationToken = default)
    {
        var session = await SessionAsync() ?? throw new DomainException(DomainErrors.LoginRequired);
        return await LoadAsync(session, enforceSanctions: false, cancellationToken) ?? throw new DomainException(DomainErrors.LoginRequired);
    }

    /// <summary>The reading account if someone is signed in; null for guests. For reads only.</summary>
    public async Task<Actor?> FindAsync(CancellationToken cancellationToken = default)
    {
        return await SessionAsync() is { } session ? await LoadAsync(session, enforceSanctions: false, cancellationToken) : null;
    }

    /// <summary>The account, or null when its session ended (signed out elsewhere, password changed): a guest from then on.</summary>
    private async Task<Actor?> LoadAsync((UserId User, string? Stamp) session, bool enforceSanctions, CancellationToken cancellationToken)
    {
        var id = session.User;
        var now = clock.GetUtcNow();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var account = await db.Users
            .Where(u => u.Id == id.Value)
            .Select(u => new
            {
                u.DisplayName,
                u.SecurityStamp,
                u.EmailConfirmed,
                u.DisabledAt,
                u.DepartmentId,
                u.IsDepartmentHead,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).ToList(),
                Barred = enforceSanctions && db.ModerationDecisions.Any(d => d.AuthorId == id && d.LiftedAt == null
                    && (d.Action == ModerationActionKind.Ban || (d.Action == ModerationActionKind.Suspend && d.Until > now))),
            })
            .SingleOrDefaultAsync(cancellationToken);

        if (account is null || account.SecurityStamp != session.Stamp)
        {
            return null;
        }
        DomainException.ThrowIf(account.DisabledAt is not null, DomainErrors.AccountDisabled);
        DomainException.ThrowIf(!account.EmailConfirmed, DomainErrors.EmailNotConfirmed);
        if (account.Barred)
        {
            await Sanctions.RefuseIfBarredAsync(db, id, calendar, now, cancellationToken);
        }
        return new Actor(id, account.DisplayName, account.Roles.ToHashSet(), account.DepartmentId, account.IsDepartmentHead);
    }
}

/// <summary>A ban (no end) or suspension (until a moment) in force.</summary>
public sealed record Sanction(Guid DecisionId, DateTimeOffset? Until, string? ReasonTemplate, string Reason);

public static class Sanctions
{
    /// <summary>Refuses, with the message the person is shown, when a ban or suspension bars them now.</summary>
    public static async Task RefuseIfBarredAsync(AppDbContext db, UserId user, MunicipalCalendar calendar, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await CurrentAsync(db, user, now, cancellationToken) is { } sanction)
        {
            DomainException.ThrowIf(sanction.Until is null, DomainErrors.AccountBanned);
            throw new DomainException(DomainErrors.AccountSuspended, calendar.ToLocal(sanction.Until!.Value).DateTime);
        }
    }

    /// <summary>The sanction barring the person now, if any; a ban outweighs a suspension.</summary>
    public static async Task<Sanction?> CurrentAsync(AppDbContext db, UserId user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var barring = await db.ModerationDecisions.AsNoTracking()
            .Where(d => d.AuthorId == user && d.LiftedAt == null
                && (d.Action == ModerationActionKind.Ban || (d.Action == ModerationActionKind.Suspend && d.Until > now)))
            .Select(d => new { d.Id, d.Action, d.Until, d.ReasonTemplate, d.Reason })
            .ToListAsync(cancellationToken);
        var strongest = barring.OrderByDescending(d => d.Action == ModerationActionKind.Ban).ThenByDescending(d => d.Until).FirstOrDefault();
        return strongest is null ? null : new Sanction(strongest.Id, strongest.Action == ModerationActionKind.Ban ? null : strongest.Until, strongest.ReasonTemplate, strongest.Reason);
    }
}
