using System.Security.Claims;
using Dialogues.App.Features.Notifications;
using Dialogues.App.Features.ReferenceData;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Live;
using Dialogues.App.Infrastructure.Security;
using Dialogues.App.Infrastructure.Time;
using Dialogues.Domain.Notifications;
using Dialogues.Domain.Participants;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Accounts;

public sealed record ProfileEdit(string? DisplayName, SettlementId? SettlementId, IReadOnlyCollection<PolicyAreaId> Interests);

/// <summary>A profile as its owner sees it: the account and the policy areas they follow.</summary>
public sealed record OwnProfile(AppUser User, IReadOnlyList<PolicyAreaId> Interests);

/// <summary>What people do with their own account: edit the profile, export their data, erase the account.</summary>
public sealed class AccountSelfService(
    UserManager<AppUser> users,
    IDbContextFactory<AppDbContext> databases,
    ILiveUpdates live,
    ReferenceCatalog catalog,
    IEnumerable<IPersonalDataSource> personalData,
    DisplayNameScreening nameScreening,
    TimeProvider clock, MunicipalCalendar calendar)
{
    public async Task<OwnProfile?> FindAsync(ClaimsPrincipal principal)
    {
        var id = AccountClaims.UserIdOf(principal);
        if (id is null)
        {
            return null;
        }
        await using var db = await databases.CreateDbContextAsync();
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id.Value.Value && u.DeletedAt == null);
        if (user is null)
        {
            return null;
        }
        var areas = await db.Follows.AsNoTracking().Where(f => f.UserId == id.Value && f.TargetKind == ItemKind.PolicyArea).Select(f => f.TargetId).ToListAsync();
        return new OwnProfile(user, areas.Select(a => new PolicyAreaId(a)).ToList());
    }

    /// <summary>The signed-in person's home settlement, if they gave one (one query, for the home page).</summary>
    public async Task<SettlementId?> SettlementOfAsync(ClaimsPrincipal principal)
    {
        if (AccountClaims.UserIdOf(principal) is not { } id)
        {
            return null;
        }
        await using var db = await databases.CreateDbContextAsync();
        return await db.Users.AsNoTracking().Where(u => u.Id == id.Value && u.DeletedAt == null).Select(u => u.SettlementId).SingleOrDefaultAsync();
    }

    /// <summary>
    /// A new account follows the policy areas it chose and its home settlement, so it hears of new things there
    /// (in the weekly digest by default).
    /// </summary>
    public async Task StartFollowingAsync(UserId user, IEnumerable<PolicyAreaId> interests, SettlementId? settlement)
    {
        await using var db = await databases.CreateDbContextAsync();
        var now = clock.GetUtcNow();
        db.Follows.AddRange(interests.Select(a => Follow.Start(user, new FollowTarget(ItemKind.PolicyArea, a.Value), now)));
        if (settlement is { } home)
        {
            db.Follows.Add(Follow.Start(user, new FollowTarget(ItemKind.Settlement, home.Value), now));
        }
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Changes the profile. A new public name goes through the same gate as any write (a suspended or banned person
    /// keeps the name they had) and through the name screening; the place and interests are one's own affair.
    /// </summary>
    public async Task UpdateProfileAsync(ClaimsPrincipal principal, ProfileEdit edit)
    {
        var id = AccountClaims.UserIdOf(principal) ?? throw new DomainException(DomainErrors.LoginRequired);
        await using var db = await databases.CreateDbContextAsync();
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == id.Value) ?? throw new DomainException(DomainErrors.LoginRequired);
        if (edit.DisplayName?.Trim() != user.DisplayName)
        {
            await Sanctions.RefuseIfBarredAsync(db, id, calendar, clock.GetUtcNow(), CancellationToken.None);
            user.DisplayName = await nameScreening.CheckAsync(edit.DisplayName, id);
        }
        user.SettlementId = edit.SettlementId;
        var wanted = edit.Interests.Select(a => a.Value).ToHashSet();
        var followed = await db.Follows.Where(f => f.UserId == user.UserId && f.TargetKind == ItemKind.PolicyArea).ToListAsync();
        db.Follows.RemoveRange(followed.Where(f => !wanted.Contains(f.TargetId)));
        db.Follows.AddRange(wanted.Where(a => followed.All(f => f.TargetId != a))
            .Select(a => Follow.Start(user.UserId, new FollowTarget(ItemKind.PolicyArea, a), clock.GetUtcNow())));
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

    /// <summary>Everything the platform holds about the signed-in person, each feature's part under its own sections.</summary>
    public async Task<Dictionary<string, object?>?> ExportAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(principal) is not { } profile)
        {
            return null;
        }
        var user = profile.User;
        var reference = await catalog.GetAsync();
        var export = new Dictionary<string, object?>
        {
            ["displayName"] = user.DisplayName,
            ["email"] = user.Email,
            ["settlement"] = user.SettlementId is { } settlement ? reference.SettlementName(settlement) : null,
            ["preferredCulture"] = user.PreferredCulture,
            ["registeredAt"] = user.SignedUpAt,
            ["termsAcceptedAt"] = user.TermsAcceptedAt,
        };
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        foreach (var source in personalData)
        {
            foreach (var (section, rows) in await source.ExportAsync(db, user.UserId, reference, cancellationToken))
            {
                export[section] = rows;
            }
        }
        return export;
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
            // Nothing more is sent to an erased account: no follows, no pending emails, no preferences.
            await db.Follows.Where(f => f.UserId == user.UserId).ExecuteDeleteAsync();
            await db.NotificationPreferences.Where(p => p.UserId == user.UserId).ExecuteDeleteAsync();
            await db.Notifications.Where(n => n.UserId == user.UserId).ExecuteDeleteAsync();
            await db.OutboxMessages.Where(m => m.UserId == user.UserId && m.SentAt == null).ExecuteUpdateAsync(s => s.SetProperty(m => m.CancelledAt, user.DeletedAt));
            await FreeEventSeatsAsync(db, user.UserId, user.DeletedAt.Value);
        }
        live.Publish(AccountTopics.Of(user.UserId), new AccountChanged(user.UserId, SignedOut: true));
        return true;
    }

    /// <summary>Seats an erased person held at events still ahead go back to others.</summary>
    private static async Task FreeEventSeatsAsync(AppDbContext db, UserId user, DateTimeOffset now)
    {
        var held = await (
                from registration in db.MeetingSignUps
                join meeting in db.Meetings on registration.MeetingId equals meeting.Id
                where registration.UserId == user && meeting.CancelledAt == null && meeting.StartsAt > now
                select new { registration, meeting })
            .ToListAsync();
        foreach (var seat in held)
        {
            seat.meeting.Withdraw(seat.registration, now);
            db.MeetingSignUps.Remove(seat.registration);
        }
        await db.SaveChangesAsync();
    }
}
