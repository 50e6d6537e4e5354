using System.Net;
using Dialogues.App.Features.ReferenceData;
using Dialogues.Domain.Participants;
using Dialogues.Tests.Features.DialogueSpaces;
using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dialogues.Tests.Features.Shell;

public class ShellTests(AppHost host) : IClassFixture<AppHost>
{
    [Fact]
    public async Task TheHomePage_ShowsAResidentWhatIsOpenInTheirOwnVillage()
    {
        var reference = await host.Services.GetRequiredService<ReferenceCatalog>().GetAsync();
        var vrachesh = reference.SettlementNamed("Врачеш");
        var official = await host.CreateUserAsync("Служител Начало", [Role.Official]);
        var resident = await host.CreateUserAsync("Жител на Врачеш");
        await using (var db = host.Db())
        {
            var user = await db.Users.SingleAsync(u => u.Id == resident.Id.Value);
            user.SettlementId = vrachesh;
            await db.SaveChangesAsync();
        }
        var index = reference.Settlements.ToList().FindIndex(s => s.Id == vrachesh);
        await DialogueSpacesCast.OpenAsync(host, official, "Чешма на площада във Врачеш", settlementIndex: index);
        using var http = new HttpSession(host.BaseUrl);
        await http.LogInAsync(resident.Email);

        var home = await (await http.GetAsync("/")).Content.ReadAsStringAsync();

        var place = home[home.IndexOf("Във вашето населено място: Врачеш", StringComparison.Ordinal)..];
        Assert.Contains("Чешма на площада във Врачеш", place[..place.IndexOf("</section>", StringComparison.Ordinal)]);
    }

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
