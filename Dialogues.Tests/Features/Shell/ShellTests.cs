using System.Net;
using Dialogues.Tests.Support;

namespace Dialogues.Tests.Features.Shell;

public class ShellTests(AppHost host) : IClassFixture<AppHost>
{
    [Fact]
    public async Task Health_WithDatabase_IsHealthy()
    {
        using var http = new HttpSession(host.BaseUrl);

        var response = await http.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UnknownAddress_IsA404WithAFriendlyBulgarianPage()
    {
        using var http = new HttpSession(host.BaseUrl);

        var response = await http.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Страницата не е намерена", html);
        Assert.Contains("lang=\"bg\"", html);
    }

    [Fact]
    public async Task Home_IsBulgarianByDefault_WithLandmarksAndSkipLink()
    {
        using var http = new HttpSession(host.BaseUrl);

        var html = await (await http.GetAsync("/")).Content.ReadAsStringAsync();

        Assert.Contains("Решаваме заедно за бъдещето на Ботевград", html);
        Assert.Contains("href=\"#main\"", html);
        Assert.Contains("<main id=\"main\"", html);
        Assert.Contains("<header", html);
        Assert.Contains("<footer", html);
        Assert.Contains("<nav", html);
    }

    [Fact]
    public async Task CultureSwitch_SetsCookie_AndPagesTurnEnglish()
    {
        using var http = new HttpSession(host.BaseUrl);

        var response = await http.PostFormAsync("/", "/culture", new Dictionary<string, string> { ["culture"] = "en-GB", ["returnUrl"] = "/terms" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/terms", response.Headers.Location!.ToString());

        var html = await (await http.GetAsync("/terms")).Content.ReadAsStringAsync();
        Assert.Contains("Terms of participation and personal data", html);
        Assert.Contains("lang=\"en\"", html);
    }

    [Fact]
    public async Task CultureSwitch_RefusesRedirectsOffSite()
    {
        using var http = new HttpSession(host.BaseUrl);

        var response = await http.PostFormAsync("/", "/culture", new Dictionary<string, string> { ["culture"] = "en-GB", ["returnUrl"] = "//evil.example/" });

        Assert.Equal("/", response.Headers.Location!.ToString());
    }
}
