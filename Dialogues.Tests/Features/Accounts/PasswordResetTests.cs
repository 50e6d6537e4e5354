using System.Net;
using Dialogues.App.Infrastructure.Security;
using Dialogues.Domain.Shared;
using Dialogues.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dialogues.Tests.Features.Accounts;

public class PasswordResetTests(AppHost host) : IClassFixture<AppHost>
{
    [Fact]
    public async Task ForgotPassword_LinkFromEmail_SetsANewPasswordThatLogsIn()
    {
        var user = await host.CreateUserAsync("Забравил Паролата");
        using var http = new HttpSession(host.BaseUrl);

        var sent = await http.SubmitAsync("/account/forgot-password", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = user.Email });
        Assert.Contains("изпратихме писмо с връзка", await sent.Content.ReadAsStringAsync());
        var mail = await MailPickup.WaitForAsync(host.MailFolder, user.Email);
        var link = new Uri(mail.FirstLink("/account/reset-password"));
        // The page the link opens already holds the address: the person sets a password without retyping it.
        Assert.Contains($"value=\"{user.Email}\"", await (await http.GetAsync(link.PathAndQuery)).Content.ReadAsStringAsync());

        var reset = await http.SubmitAsync(link.PathAndQuery, "reset-password", new Dictionary<string, string>
        {
            ["Input.Email"] = user.Email,
            ["Input.NewPassword"] = "нова дълга парола за вход",
            ["Input.ConfirmPassword"] = "нова дълга парола за вход",
        });
        Assert.Contains("Паролата ви е сменена", await reset.Content.ReadAsStringAsync());

        await http.LogInAsync(user.Email, "нова дълга парола за вход");
    }

    [Fact]
    public async Task ForgotPassword_WithAForgedHostHeader_MailsALinkToTheServerItself()
    {
        var user = await host.CreateUserAsync("Жертва На Подмяна");
        using var http = new HttpSession(host.BaseUrl) { Host = "attacker.example" };

        await http.SubmitAsync("/account/forgot-password", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = user.Email });

        var mail = await MailPickup.WaitForAsync(host.MailFolder, user.Email);
        Assert.StartsWith(host.Url("/account/reset-password"), mail.FirstLink("/account/reset-password"));
        Assert.DoesNotContain("attacker.example", mail.Text);
    }

    [Fact]
    public async Task LoggingOut_EndsTheSession_ForACopiedCookieToo()
    {
        await using var own = await AppHost.OwnAsync();
        var user = await own.CreateUserAsync("Откраднат Сесия");
        using var http = new HttpSession(own.BaseUrl);
        await http.LogInAsync(user.Email);
        using var copy = new HttpSession(own.BaseUrl);
        foreach (System.Net.Cookie cookie in http.Cookies.GetAllCookies())
        {
            copy.Cookies.Add(cookie);
        }
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/account/profile")).StatusCode);

        await http.PostFormAsync("/", "/account/logout", new Dictionary<string, string> { ["returnUrl"] = "/" });
        // A moment later (the test clock stands still otherwise, and a sign-in is checked once it is older than now).
        own.Clock.Advance(TimeSpan.FromSeconds(1));

        var afterLogout = await copy.GetAsync("/account/profile");
        Assert.Equal(HttpStatusCode.Redirect, afterLogout.StatusCode);
        Assert.Contains("/account/login", afterLogout.Headers.Location!.ToString());
    }

    [Fact]
    public async Task AHandler_InAPageOpenedBeforeTheSessionEnded_RefusesToAct_AndReadsAsAGuest()
    {
        var user = await host.CreateUserAsync("Отворена Страница");
        await using var openPage = host.As(user);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            await users.UpdateSecurityStampAsync((await users.FindByIdAsync(user.Id.Value.ToString()))!);
        }

        var error = await Assert.ThrowsAsync<DomainException>(() => openPage.Get<CurrentActor>().RequireAsync());

        Assert.Equal(DomainErrors.LoginRequired, error.Code);
        Assert.Null(await openPage.Get<CurrentActor>().FindAsync());
    }

    [Theory]
    [InlineData("https://attacker.example/account")]
    [InlineData("//attacker.example")]
    public async Task LogIn_WithAReturnAddressElsewhere_LeadsHome(string returnUrl)
    {
        var user = await host.CreateUserAsync("Пренасочван Жител");
        using var http = new HttpSession(host.BaseUrl);

        var response = await http.SubmitAsync($"/account/login?ReturnUrl={Uri.EscapeDataString(returnUrl)}", "login",
            new Dictionary<string, string> { ["Input.Email"] = user.Email, ["Input.Password"] = TestUser.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("attacker", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task AnAccountLockedOutByOthersGuesses_GetsBackInThroughAPasswordReset()
    {
        var user = await host.CreateUserAsync("Заключен Служител", [Dialogues.Domain.Participants.Role.Official]);
        using var http = new HttpSession(host.BaseUrl);
        for (var i = 0; i < 5; i++)
        {
            await http.SubmitAsync("/account/login", "login", new Dictionary<string, string> { ["Input.Email"] = user.Email, ["Input.Password"] = "чужд опит " + i });
        }
        var locked = await http.SubmitAsync("/account/login", "login", new Dictionary<string, string> { ["Input.Email"] = user.Email, ["Input.Password"] = TestUser.Password });
        Assert.Contains("/account/lockout", locked.Headers.Location?.ToString() ?? "");

        await http.SubmitAsync("/account/forgot-password", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = user.Email });
        var link = new Uri((await MailPickup.WaitForAsync(host.MailFolder, user.Email)).FirstLink("/account/reset-password"));
        await http.SubmitAsync(link.PathAndQuery, "reset-password", new Dictionary<string, string>
        {
            ["Input.Email"] = user.Email,
            ["Input.NewPassword"] = "отново вътре с нова парола",
            ["Input.ConfirmPassword"] = "отново вътре с нова парола",
        });

        await http.LogInAsync(user.Email, "отново вътре с нова парола");
    }

    [Fact]
    public async Task BehindAnHttpsProxy_TheFormsCookieIsSecure_AndPagesCarryTheSecurityHeaders()
    {
        using var client = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/login");
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var response = await client.SendAsync(request);

        var antiforgery = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("object-src 'none'", policy);
        Assert.Contains("frame-ancestors 'self'", policy);
        Assert.DoesNotContain("unsafe-inline", policy.Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ForgotPassword_UnknownAddress_GetsTheSameAnswerAndNoMail()
    {
        using var http = new HttpSession(host.BaseUrl);
        var email = $"nobody{Guid.NewGuid():N}@test.example";

        var response = await http.SubmitAsync("/account/forgot-password", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = email });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("изпратихме писмо с връзка", await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(MailPickup.Read(host.MailFolder), m => m.To.Contains(email));
    }

    [Fact]
    public async Task ResetPassword_TamperedCode_IsRefused()
    {
        var user = await host.CreateUserAsync("Подправен Код");
        using var http = new HttpSession(host.BaseUrl);

        var response = await http.SubmitAsync("/account/reset-password?code=bm90LWEtdG9rZW4", "reset-password", new Dictionary<string, string>
        {
            ["Input.Email"] = user.Email,
            ["Input.NewPassword"] = "нова дълга парола за вход",
            ["Input.ConfirmPassword"] = "нова дълга парола за вход",
        });

        Assert.Contains("Връзката е невалидна или е изтекла", await response.Content.ReadAsStringAsync());
    }
}

/// <summary>The app behind its configured public address, as in production.</summary>
public sealed class PublicAddressHost : AppHost
{
    public const string PublicHost = "dialogues.botevgrad.example";

    protected override IEnumerable<string> Settings => [$"Platform:PublicUrl=https://{PublicHost}/"];
}

public class PublicAddressTests(PublicAddressHost host) : IClassFixture<PublicAddressHost>
{
    [Fact]
    public async Task Links_InEmails_UseThePublicAddress_AndOtherHostsAreRefused()
    {
        var user = await host.CreateUserAsync("Жител С Публичен Адрес");
        using var http = new HttpSession(host.BaseUrl) { Host = PublicAddressHost.PublicHost };

        await http.SubmitAsync("/account/forgot-password", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = user.Email });

        var mail = await MailPickup.WaitForAsync(host.MailFolder, user.Email);
        Assert.StartsWith($"https://{PublicAddressHost.PublicHost}/account/reset-password?code=", mail.FirstLink("/account/reset-password"));
        using var forged = new HttpSession(host.BaseUrl) { Host = "attacker.example" };
        Assert.Equal(HttpStatusCode.BadRequest, (await forged.GetAsync("/account/forgot-password")).StatusCode);
    }
}

/// <summary>The app with a tight limit on login attempts from one address.</summary>
public sealed class TightLoginLimitHost : AppHost
{
    protected override IEnumerable<string> Settings => ["RateLimits:LogIn:PermitLimit=3", "RateLimits:LogIn:Window=00:05:00"];
}

public class LoginLimitTests(TightLoginLimitHost host) : IClassFixture<TightLoginLimitHost>
{
    [Fact]
    public async Task PasswordGuesses_FromOneAddress_AreSlowedBeforeTheyLockAnAccount()
    {
        var admin = await host.CreateUserAsync("Администратор Пазен", [Dialogues.Domain.Participants.Role.Administrator]);
        using var attacker = new HttpSession(host.BaseUrl);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var response = await attacker.SubmitAsync("/account/login", "login",
                new Dictionary<string, string> { ["Input.Email"] = admin.Email, ["Input.Password"] = "грешна парола " + i });
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        await using var db = host.Db();
        Assert.Null((await db.Users.SingleAsync(u => u.Id == admin.Id.Value)).LockoutEnd);
    }
}
