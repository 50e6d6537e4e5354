using Dialogues.App.Features.Notifications;
using Dialogues.Domain.Notifications;
using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dialogues.Tests.Features.Notifications;

public class UnsubscribeTests : OwnHostPerTest
{
    private UnsubscribeTokens Tokens => Host.Services.GetRequiredService<UnsubscribeTokens>();

    [Fact]
    public async Task LinkForOneKind_WithoutLoggingIn_TurnsOnlyThatKindOff()
    {
        var user = await Host.CreateUserAsync();
        var token = Tokens.Create(user.Id, NotificationKind.FollowedActivity);
        using var http = new HttpSession(Host.BaseUrl);

        var page = await (await http.GetAsync($"/unsubscribe?token={Uri.EscapeDataString(token)}")).Content.ReadAsStringAsync();
        Assert.Contains("Да спрем ли имейлите от вида „Активност в следеното от мен“?", page);
        Assert.Empty(await PreferencesOf(user)); // Opening the link alone changes nothing.

        var done = await http.SubmitAsync($"/unsubscribe?token={Uri.EscapeDataString(token)}", "unsubscribe", new Dictionary<string, string>());

        Assert.Contains("Няма да получавате повече имейли от вида", await done.Content.ReadAsStringAsync());
        var preference = Assert.Single(await PreferencesOf(user));
        Assert.Equal((NotificationKind.FollowedActivity, Delivery.Off), (preference.Kind, preference.Delivery));
    }

    [Fact]
    public async Task LinkForAll_TurnsEveryKindOff()
    {
        var user = await Host.CreateUserAsync();
        using var http = new HttpSession(Host.BaseUrl);
        var token = Uri.EscapeDataString(Tokens.Create(user.Id, null));

        await http.SubmitAsync($"/unsubscribe?token={token}", "unsubscribe", new Dictionary<string, string>());

        var preferences = await PreferencesOf(user);
        Assert.Equal(Enum.GetValues<NotificationKind>().Length, preferences.Count);
        Assert.All(preferences, p => Assert.Equal(Delivery.Off, p.Delivery));
    }

    [Fact]
    public async Task TamperedToken_IsRefusedWithAClearPage()
    {
        var user = await Host.CreateUserAsync();
        var token = Tokens.Create(user.Id, null);
        var tampered = token[..^4] + (token[^4..] == "AAAA" ? "BBBB" : "AAAA");
        using var http = new HttpSession(Host.BaseUrl);

        var page = await (await http.GetAsync($"/unsubscribe?token={Uri.EscapeDataString(tampered)}")).Content.ReadAsStringAsync();

        Assert.Contains("Връзката за отписване е невалидна или е изтекла", page);
        Assert.Null(Tokens.Read(tampered));
    }

    [Fact]
    public async Task ExpiredToken_IsRefused()
    {
        var user = await Host.CreateUserAsync();
        var token = Tokens.Create(user.Id, NotificationKind.RepliesToMe);
        Assert.NotNull(Tokens.Read(token));

        Host.Clock.Advance(UnsubscribeTokens.Lifetime + TimeSpan.FromDays(1));

        Assert.Null(Tokens.Read(token));
        using var http = new HttpSession(Host.BaseUrl);
        var page = await (await http.GetAsync($"/unsubscribe?token={Uri.EscapeDataString(token)}")).Content.ReadAsStringAsync();
        Assert.Contains("Връзката за отписване е невалидна или е изтекла", page);
        Assert.DoesNotContain("Да, отпиши ме", page);
        Assert.Empty(await PreferencesOf(user));
    }

    private async Task<List<NotificationPreference>> PreferencesOf(TestUser user)
    {
        await using var db = Host.Db();
        return await db.NotificationPreferences.Where(p => p.UserId == user.Id).ToListAsync();
    }
}
