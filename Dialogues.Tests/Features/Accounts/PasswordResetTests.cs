using System.Net;
using Dialogues.Tests.Support;

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
