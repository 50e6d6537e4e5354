using System.Security.Claims;
using Dialogues.App.Infrastructure.Live;
using Dialogues.App.Infrastructure.Security;
using Dialogues.Domain.Participants;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Dialogues.App.Features.Accounts;

/// <summary>Something changed about an account that its open circuits must react to at once.</summary>
public sealed record AccountChanged(UserId UserId, bool SignedOut);

public static class AccountTopics
{
    public static LiveTopic Of(UserId user) => new($"account:{user.Value}");
}

/// <summary>
/// The circuit's authentication state. Besides the periodic security-stamp check, it listens on the
/// account's live topic, so disabling an account signs out its open circuits immediately.
/// </summary>
internal sealed class AccountStateProvider : RevalidatingServerAuthenticationStateProvider
{
    private readonly IServiceScopeFactory _scopes;
    private readonly IOptions<IdentityOptions> _options;
    private readonly ILiveUpdates _live;
    private IDisposable? _subscription;
    private UserId? _followed;

    public AccountStateProvider(ILoggerFactory loggerFactory, IServiceScopeFactory scopes, IOptions<IdentityOptions> options, ILiveUpdates live)
        : base(loggerFactory)
    {
        _scopes = scopes;
        _options = options;
        _live = live;
        AuthenticationStateChanged += FollowAccount;
    }

    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(5);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.GetUserAsync(state.User);
        if (user is null || user.DisabledAt is not null)
        {
            return false;
        }
        var stamp = state.User.FindFirstValue(_options.Value.ClaimsIdentity.SecurityStampClaimType);
        return !users.SupportsUserSecurityStamp || stamp == await users.GetSecurityStampAsync(user);
    }

    private async void FollowAccount(Task<AuthenticationState> stateTask)
    {
        var user = AccountClaims.UserIdOf((await stateTask).User);
        if (user == _followed)
        {
            return;
        }
        _subscription?.Dispose();
        _followed = user;
        _subscription = user is { } id ? _live.Subscribe(AccountTopics.Of(id), OnAccountChanged) : null;
    }

    private Task OnAccountChanged(object liveEvent)
    {
        if (liveEvent is AccountChanged { SignedOut: true })
        {
            SetAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity()))));
        }
        return Task.CompletedTask;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            AuthenticationStateChanged -= FollowAccount;
            _subscription?.Dispose();
        }
        base.Dispose(disposing);
    }
}
