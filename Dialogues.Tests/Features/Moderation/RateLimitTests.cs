using System.Net;
using Dialogues.Domain.Shared;
using Dialogues.Tests.Support;
using static Dialogues.Tests.Features.Moderation.ModerationCast;

namespace Dialogues.Tests.Features.Moderation;

public sealed class RateLimitedHost : AppHost
{
    protected override IEnumerable<string> Settings =>
    [
        "RateLimits:Post:PermitLimit=2", "RateLimits:Post:Window=00:00:01",
        "RateLimits:Flag:PermitLimit=1", "RateLimits:Flag:Window=01:00:00",
        "RateLimits:AccountForms:PermitLimit=2", "RateLimits:AccountForms:Window=01:00:00",
    ];
}

/// <summary>Limits per person inside the app and per address on account forms: they trigger, explain, and reset.</summary>
public class RateLimitTests(RateLimitedHost host) : IClassFixture<RateLimitedHost>
{
    [Fact]
    public async Task Posting_BeyondTheLimit_IsRefusedPolitely_AndAllowedAgainAfterTheWindow()
    {
        var cast = await CreateAsync(host, flaggers: 0);
        await cast.CommentAsync(host, "Първи коментар.");
        await cast.CommentAsync(host, "Втори коментар.");

        var error = await Assert.ThrowsAsync<DomainException>(() => cast.CommentAsync(host, "Трети коментар веднага след това."));
        Assert.Equal(DomainErrors.RateLimited, error.Code);

        // The window is one second of real time; wait for it to reopen rather than sleeping a guessed amount.
        await Eventually.True(async () =>
        {
            try
            {
                await cast.CommentAsync(host, "Трети коментар, след като прозорецът изтече.");
                return true;
            }
            catch (DomainException limited) when (limited.Code == DomainErrors.RateLimited)
            {
                return false;
            }
        }, "Posting never reopened after the window");
    }

    [Fact]
    public async Task Limits_ArePerPerson()
    {
        var cast = await CreateAsync(host, flaggers: 2);
        var first = await cast.CommentAsync(host, "Коментар за сигнализиране.");
        var second = await cast.CommentAsync(host, "Още един коментар за сигнализиране.");
        await FlagAsync(host, cast.Flaggers[0], first);

        var refused = await Assert.ThrowsAsync<DomainException>(() => FlagAsync(host, cast.Flaggers[0], second));
        Assert.Equal(DomainErrors.RateLimited, refused.Code);

        await FlagAsync(host, cast.Flaggers[1], second);
    }

    [Fact]
    public async Task Registration_BeyondTheLimitPerAddress_Gets429WithALocalizedPage()
    {
        using var browser = new HttpSession(host.BaseUrl);
        async Task<HttpResponseMessage> RegisterAsync(int n) => await browser.SubmitAsync("/account/register", "register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = $"Нов жител {n}",
            ["Input.Email"] = $"limit-{n}-{Guid.NewGuid():N}@test.example",
            ["Input.NewPassword"] = "дълга-парола-за-тест-42",
            ["Input.ConfirmPassword"] = "дълга-парола-за-тест-42",
            ["Input.AcceptTerms"] = "true",
        });

        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await RegisterAsync(1)).StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await RegisterAsync(2)).StatusCode);
        var refused = await RegisterAsync(3);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Твърде много опити", await refused.Content.ReadAsStringAsync());
        // Showing the form is not limited.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account/register")).StatusCode);
    }
}
