using System.Net;
using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.ReferenceData;
using Dialogues.App.Infrastructure.Security;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Dialogues.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.Tests.Features.Accounts;

/// <summary>Registration, password, lockout and role rules against the running app and its database.</summary>
public class AccountRulesTests(AppHost host) : IClassFixture<AppHost>
{
    private async Task<IdentityResult> CreateAsync(string email, string displayName, string password)
    {
        await using var scope = host.As(null);
        var user = new AppUser { UserName = email, Email = email, DisplayName = displayName };
        return await scope.Get<UserManager<AppUser>>().CreateAsync(user, password);
    }

    [Theory]
    [InlineData("кратка123", "PasswordTooShort")]
    [InlineData("petar.ivanov-secret", "PasswordContainsEmail")]
    [InlineData("my-IVANOV-secret", "PasswordContainsEmail")]
    [InlineData("my name is Petrov here", "PasswordContainsName")]
    [InlineData("1q2w3e4r5t", "PasswordCommon")]
    [InlineData("Parola1234", "PasswordCommon")]
    [InlineData("          x", "PasswordTooSimple")]
    [InlineData("botevgrad2026", "PasswordCommon")]
    [InlineData("Ботевград!!2026", "PasswordCommon")]
    public async Task CreateUser_WeakPassword_IsRefusedWithItsReason(string password, string expectedCode)
    {
        var result = await CreateAsync($"petar.ivanov@x{Guid.NewGuid():N}.example", "Петър Petrov", password);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Code == expectedCode);
    }

    [Fact]
    public async Task CreateUser_PasswordOver128Characters_IsRefused()
    {
        var result = await CreateAsync($"long{Guid.NewGuid():N}@test.example", "Дълга Парола", new string('ж', 129));

        Assert.Contains(result.Errors, e => e.Code == "PasswordTooLong");
    }

    [Theory]
    [InlineData("ябълка и круша")]
    [InlineData("exactly10!")]
    public async Task CreateUser_PassphraseWithoutCompositionRules_IsAccepted(string password)
    {
        var result = await CreateAsync($"ok{Guid.NewGuid():N}@test.example", "Мила Колева", password);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Code)));
    }

    [Fact]
    public async Task CreateUser_RefusalMessage_IsBulgarianByDefault()
    {
        var result = await CreateAsync($"bg{Guid.NewGuid():N}@test.example", "Мила Колева", "кратка");

        Assert.Contains(result.Errors, e => e.Description.Contains("поне 10 знака", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateUser_DuplicateEmail_IsRefused()
    {
        var email = $"dup{Guid.NewGuid():N}@test.example";
        Assert.True((await CreateAsync(email, "Първи Човек", "дълга фраза за вход")).Succeeded);

        var second = await CreateAsync(email.ToUpperInvariant(), "Втори Човек", "друга дълга фраза");

        Assert.Contains(second.Errors, e => e.Code == "DuplicateEmail");
    }

    [Fact]
    public async Task LogIn_FiveWrongPasswords_LocksOutEvenTheRightPassword_AndLogsNoPassword()
    {
        var user = await host.CreateUserAsync();
        using var http = new HttpSession(host.BaseUrl);
        const string wrong = "wrong-password-attempt";

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var response = await http.SubmitAsync("/account/login", "login", new Dictionary<string, string> { ["Input.Email"] = user.Email, ["Input.Password"] = wrong });
            Assert.Contains("Грешен имейл или парола", await response.Content.ReadAsStringAsync());
        }
        var fifth = await http.SubmitAsync("/account/login", "login", new Dictionary<string, string> { ["Input.Email"] = user.Email, ["Input.Password"] = wrong });
        Assert.EndsWith("/account/lockout", fifth.Headers.Location!.ToString());
        var locked = await http.SubmitAsync("/account/login", "login", new Dictionary<string, string> { ["Input.Email"] = user.Email, ["Input.Password"] = TestUser.Password });

        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);
        Assert.EndsWith("/account/lockout", locked.Headers.Location!.ToString());
        Assert.Contains(host.Logs.Entries, e => e.Message.Contains($"Account {user.Id.Value} locked out", StringComparison.Ordinal));
        Assert.Contains(host.Logs.Entries, e => e.Message.Contains($"Sign-in failed for account {user.Id.Value}", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Entries, e => e.Message.Contains(wrong, StringComparison.Ordinal) || e.Message.Contains(TestUser.Password, StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Entries, e => e.Message.Contains(user.Email, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task LogIn_AfterLockoutPeriod_Succeeds()
    {
        await using var own = await AppHost.OwnAsync();
        var user = await own.CreateUserAsync();
        await using (var scope = own.As(null))
        {
            var users = scope.Get<UserManager<AppUser>>();
            var account = (await users.FindByEmailAsync(user.Email))!;
            await users.SetLockoutEndDateAsync(account, own.Clock.GetUtcNow().AddMinutes(15));
        }
        own.Clock.Advance(TimeSpan.FromMinutes(16));
        using var http = new HttpSession(own.BaseUrl);

        var response = await http.SubmitAsync("/account/login", "login", new Dictionary<string, string> { ["Input.Email"] = user.Email, ["Input.Password"] = TestUser.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("lockout", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task LogIn_UnconfirmedEmail_IsNotAllowed()
    {
        var email = $"unconfirmed{Guid.NewGuid():N}@test.example";
        Assert.True((await CreateAsync(email, "Непотвърден Човек", TestUser.Password)).Succeeded);
        using var http = new HttpSession(host.BaseUrl);

        var response = await http.SubmitAsync("/account/login", "login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = TestUser.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Първо потвърдете имейл адреса си", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task DisabledAccount_CannotActOrSignIn()
    {
        var admin = await host.CreateUserAsync(roles: [Role.Administrator]);
        var user = await host.CreateUserAsync();
        await using (var asAdmin = host.As(admin))
        {
            await asAdmin.Get<UserAdministration>().SetDisabledAsync(user.Id, disabled: true);
        }

        await using (var asUser = host.As(user))
        {
            var error = await Assert.ThrowsAsync<DomainException>(() => asUser.Get<CurrentActor>().RequireAsync());
            Assert.Equal(DomainErrors.AccountDisabled, error.Code);
        }
        using var http = new HttpSession(host.BaseUrl);
        var response = await http.SubmitAsync("/account/login", "login", new Dictionary<string, string> { ["Input.Email"] = user.Email, ["Input.Password"] = TestUser.Password });
        Assert.Contains("Профилът ви е деактивиран", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SetRoles_OfficialWithoutDepartment_IsRefusedAndNothingChanges()
    {
        var admin = await host.CreateUserAsync(roles: [Role.Administrator]);
        var user = await host.CreateUserAsync();
        await using var asAdmin = host.As(admin);

        var error = await Assert.ThrowsAsync<DomainException>(() => asAdmin.Get<UserAdministration>().SetRolesAsync(user.Id, [Role.Official], null));

        Assert.Equal(DomainErrors.OfficialNeedsDepartment, error.Code);
        await using var db = host.Db();
        var roles = await db.UserRoles.Where(r => r.UserId == user.Id.Value).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync();
        Assert.Equal([Role.Resident], roles);
    }

    [Fact]
    public async Task SetRoles_ByResident_IsForbidden()
    {
        var resident = await host.CreateUserAsync();
        var other = await host.CreateUserAsync();
        await using var asResident = host.As(resident);

        var error = await Assert.ThrowsAsync<DomainException>(() => asResident.Get<UserAdministration>().SetRolesAsync(other.Id, [Role.Administrator], null));

        Assert.Equal(DomainErrors.Forbidden, error.Code);
    }

    [Fact]
    public async Task SetRoles_AdministratorRemovingOwnAdminRole_IsRefused()
    {
        var admin = await host.CreateUserAsync(roles: [Role.Administrator]);
        await using var asAdmin = host.As(admin);

        var error = await Assert.ThrowsAsync<DomainException>(() => asAdmin.Get<UserAdministration>().SetRolesAsync(admin.Id, [Role.Resident], null));

        Assert.Equal(DomainErrors.CannotDemoteSelf, error.Code);
    }

    [Fact]
    public async Task Export_HoldsWhatThePersonWrote_WithNamesInsteadOfIds_AndNeedsTheFormsToken()
    {
        var official = await host.CreateUserAsync("Служител Износ", [Role.Official]);
        var person = await host.CreateUserAsync("Жител С Износ");
        var dialogue = await Dialogues.Tests.Features.DialogueSpaces.DialogueSpacesCast.OpenAsync(host, official, "Диалог за износа на данни");
        await Dialogues.Tests.Features.DialogueSpaces.DialogueSpacesCast.CommentAsync(host, person, dialogue, "Моят коментар за износа на данни.");
        var other = await Dialogues.Tests.Features.DialogueSpaces.DialogueSpacesCast.CommentAsync(host, official, dialogue, "Коментар на друг човек за теста.");
        await Dialogues.Tests.Features.Moderation.ModerationCast.FlagAsync(host, person, new(Dialogues.Domain.Shared.ItemKind.Comment, other.Value));
        var problems = await Dialogues.Tests.Features.Problems.ProblemsCast.CreateAsync(host);
        await problems.ReportAsync(host, problems.Draft(title: "Моят сигнал за износа"), reporter: person);
        var recommendations = await Dialogues.Tests.Features.Recommendations.RecommendationsCast.CreateAsync(host);
        await using (var scope = host.As(person))
        {
            var reference = await scope.Get<ReferenceCatalog>().GetAsync();
            await scope.Get<Dialogues.App.Features.Recommendations.RecommendationsService>().SubmitAsync(new Dialogues.App.Features.Recommendations.RecommendationDraft(
                "Моята препоръка за износа", "Текстът на моята препоръка за износа на данни.", reference.PolicyAreas[0].Id, null, null, null, ShowName: false), []);
        }
        var news = await Dialogues.Tests.Features.News.NewsCast.CreateAsync(host);
        await news.WriteAsync(host, "Моята статия за износа", person, Dialogues.Domain.News.ArticleVoice.Organisation);
        using var http = new HttpSession(host.BaseUrl);
        await http.LogInAsync(person.Email);

        var response = await http.PostFormAsync("/account/data", "/account/personal-data", new Dictionary<string, string>());

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        using var export = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = export.RootElement;
        var comment = Assert.Single(root.GetProperty("comments").EnumerateArray());
        Assert.Equal("Диалог за износа на данни", comment.GetProperty("Dialogue").GetString());
        Assert.Equal("Моят коментар за износа на данни.", comment.GetProperty("Body").GetString());
        var flag = Assert.Single(root.GetProperty("flags").EnumerateArray());
        Assert.Equal("Диалог за износа на данни", flag.GetProperty("Item").GetString());
        Assert.Equal("Моята препоръка за износа", Assert.Single(root.GetProperty("recommendations").EnumerateArray()).GetProperty("Title").GetString());
        Assert.Equal("Моят сигнал за износа", Assert.Single(root.GetProperty("problemReports").EnumerateArray()).GetProperty("Title").GetString());
        var article = Assert.Single(root.GetProperty("articlesWritten").EnumerateArray());
        Assert.Equal(("Моята статия за износа", "Organisation"), (article.GetProperty("Title").GetString(), article.GetProperty("Voice").GetString()));
        Assert.DoesNotContain("Коментар на друг човек", root.GetRawText());

        var forged = await http.PostWithoutTokenAsync("/account/personal-data", new Dictionary<string, string>());
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Theory]
    [InlineData("Модератор на платформата")]
    [InlineData("Община Ботевград")]
    [InlineData("Голям Идиот")]
    [InlineData("мария  ПЕТРОВА")]
    public async Task APublicName_ThatPassesForStaffOrHoldsAWatchWord_IsRefused(string name)
    {
        await host.CreateUserAsync("Мария Петрова", [Role.Official]);
        var user = await host.CreateUserAsync("Жител Преименуващ");
        await using var scope = host.As(user);
        var state = await scope.Get<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider>().GetAuthenticationStateAsync();

        var error = await Assert.ThrowsAsync<DomainException>(() => scope.Get<AccountSelfService>().UpdateProfileAsync(state.User, new ProfileEdit(name, null, [])));

        Assert.Equal(DomainErrors.DisplayNameNotAllowed, error.Code);
        await using var db = host.Db();
        Assert.Equal("Жител Преименуващ", (await db.Users.SingleAsync(u => u.Id == user.Id.Value)).DisplayName);
    }

    [Fact]
    public async Task ASuspendedPerson_CannotChangeTheirPublicName_ButKeepsTheirOtherSettings()
    {
        var moderator = await host.CreateUserAsync("Модератор Спиращ", [Role.Moderator]);
        var user = await host.CreateUserAsync("Жител Спрян");
        await using (var db = host.Db())
        {
            var actor = new Actor(moderator.Id, moderator.DisplayName, new HashSet<string> { Role.Moderator }, null);
            db.ModerationDecisions.Add(Dialogues.Domain.Moderation.ModerationDecision.Take(new(ItemKind.Comment, Guid.NewGuid()), user.Id,
                Dialogues.Domain.Moderation.ModerationActionKind.Suspend, actor, "Repeated", null, host.Clock.GetUtcNow().AddDays(7), host.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
        }
        await using var scope = host.As(user);
        var state = await scope.Get<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider>().GetAuthenticationStateAsync();
        var self = scope.Get<AccountSelfService>();

        var error = await Assert.ThrowsAsync<DomainException>(() => self.UpdateProfileAsync(state.User, new ProfileEdit("Съвсем Друго Име", null, [])));
        await self.UpdateProfileAsync(state.User, new ProfileEdit("Жител Спрян", null, []));

        Assert.Equal(DomainErrors.AccountSuspended, error.Code);
        await using var check = host.Db();
        Assert.Equal("Жител Спрян", (await check.Users.SingleAsync(u => u.Id == user.Id.Value)).DisplayName);
    }

    [Fact]
    public async Task Erase_KeepsTheRowButRemovesPersonalData()
    {
        var user = await host.CreateUserAsync("Изтриващ Се");
        await using (var asUser = host.As(user))
        {
            var principal = await asUser.Get<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider>().GetAuthenticationStateAsync();
            Assert.False(await asUser.Get<AccountSelfService>().EraseAsync(principal.User, "not-my-password"));
            Assert.True(await asUser.Get<AccountSelfService>().EraseAsync(principal.User, TestUser.Password));
        }

        await using var db = host.Db();
        var row = await db.Users.SingleAsync(u => u.Id == user.Id.Value);
        Assert.Equal("", row.DisplayName);
        Assert.DoesNotContain(user.Email, row.Email);
        Assert.NotNull(row.DeletedAt);
        Assert.Null(row.PasswordHash);
    }
}
