using System.ComponentModel.DataAnnotations;
using System.Threading.RateLimiting;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Microsoft.Extensions.Options;

namespace Dialogues.App.Infrastructure.Security;

/// <summary>What a person does that a limit applies to.</summary>
public enum Participation
{
    Post,
    Vote,
    Flag,
    Sign,
}

public sealed class RateLimit
{
    [Range(1, 100_000)]
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; }

    public bool IsValid => PermitLimit > 0 && Window > TimeSpan.Zero;
}

/// <summary>How much one person (in the app) or one address (on HTTP forms) may do in a window.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public RateLimit Post { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(1) };

    public RateLimit Vote { get; set; } = new() { PermitLimit = 60, Window = TimeSpan.FromMinutes(1) };

    public RateLimit Flag { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(10) };

    public RateLimit Sign { get; set; } = new() { PermitLimit = 20, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Per IP address: registrations and the forms that send email (password reset, confirmation).</summary>
    public RateLimit AccountForms { get; set; } = new() { PermitLimit = 5, Window = TimeSpan.FromMinutes(15) };

    /// <summary>Per IP address: login attempts.</summary>
    public RateLimit LogIn { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(5) };

    public RateLimit For(Participation participation) => participation switch
    {
        Participation.Post => Post,
        Participation.Vote => Vote,
        Participation.Flag => Flag,
        _ => Sign,
    };
}

/// <summary>
/// Limits per person inside the app. Clicks in a Blazor circuit never pass the HTTP rate-limiting middleware,
/// so the handlers consume a permit here, through <see cref="CurrentActor.RequireToAsync"/>.
/// </summary>
public sealed class ParticipationLimiter(IOptions<RateLimitOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<(Participation Kind, UserId User)> _limiter =
        PartitionedRateLimiter.Create<(Participation Kind, UserId User), (Participation, UserId)>(key =>
            RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = options.Value.For(key.Kind).PermitLimit,
                Window = options.Value.For(key.Kind).Window,
                QueueLimit = 0,
            }));

    public void Consume(Participation kind, UserId user)
    {
        using var lease = _limiter.AttemptAcquire((kind, user));
        DomainException.ThrowIf(!lease.IsAcquired, DomainErrors.RateLimited);
    }

    public void Dispose() => _limiter.Dispose();
}

public static class RateLimitsServiceCollectionExtensions
{
    /// <summary>The HTTP policy for account forms (registration, password reset, resending the confirmation), per IP address.</summary>
    public const string AccountForms = "account-forms";

    public static IServiceCollection AddRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section)
            .Validate(o => new[] { o.Post, o.Vote, o.Flag, o.Sign, o.AccountForms, o.LogIn }.All(l => l.IsValid), "Every rate limit needs a positive PermitLimit and Window.")
            .ValidateOnStart();
        services.AddSingleton<ParticipationLimiter>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                // The status page, re-executed for the 429, tells the person politely to wait. It is a page, so it is
                // rendered as one: a re-executed POST would reach it as an unknown form submission.
                context.HttpContext.Request.Method = HttpMethods.Get;
                return ValueTask.CompletedTask;
            };
            limiter.AddPolicy(AccountForms, context => PerAddress(context, o => o.AccountForms));
            // Trying passwords is slowed per address, so nobody can keep an account (an administrator's) locked out
            // from one machine; a locked-out person gets back in through a password reset.
            limiter.AddPolicy(LogIn, context => PerAddress(context, o => o.LogIn));
        });
        return services;
    }

    /// <summary>The policy's name for the login form, per IP address.</summary>
    public const string LogIn = "log-in";

    private static RateLimitPartition<string> PerAddress(HttpContext context, Func<RateLimitOptions, RateLimit> limitOf)
    {
        // Only submitting the form counts; showing it does not.
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("");
        }
        var limit = limitOf(context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value);
        return RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = limit.PermitLimit, Window = limit.Window, QueueLimit = 0 });
    }
}
