using Dialogues.App.Features.Accounts;
using Dialogues.Domain.Participants;
using Dialogues.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dialogues.Tests.Features.Accounts;

public class AccountBrowserTests(AppHost host) : BrowserTest<AppHost>(host)
{
    [Fact]
    public async Task Register_ConfirmFromEmail_LogIn_SeesOwnName()
    {
        var email = $"nova{Guid.NewGuid():N}@test.example";
        await Page.GotoAsync("/");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Регистрация" }).ClickAsync();

        await Page.GetByLabel("Име за показване").FillAsync("Нова Участничка");
        await Page.GetByLabel("Имейл").FillAsync(email);
        await Page.GetByLabel("Парола", new() { Exact = true }).FillAsync("зелени хълмове над града");
        await Page.GetByLabel("Повторете паролата").FillAsync("зелени хълмове над града");
        await Page.GetByLabel("Населено място").SelectOptionAsync(new SelectOptionValue { Label = "Скравена" });
        await Page.GetByLabel("Здравеопазване").CheckAsync();
        await Page.GetByLabel("Приемам условията").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Създай профил" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Проверете пощата си" })).ToBeVisibleAsync();
        var mail = await MailPickup.WaitForAsync(Host.MailFolder, email);
        Assert.Contains("Потвърдете", mail.Subject);

        await Page.GotoAsync(mail.FirstLink("/account/confirm-email"));
        await Expect(Page.GetByText("Имейл адресът ви е потвърден")).ToBeVisibleAsync();

        await Page.LogInAsync(email, "зелени хълмове над града");
        await Page.WaitForInteractiveAsync();
        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = "Меню" }).GetByRole(AriaRole.Link, new() { Name = "Нова Участничка" })).ToBeVisibleAsync();

        await Page.GotoAsync("/account/profile");
        await Expect(Page.GetByLabel("Населено място")).ToHaveValueAsync(await SettlementValue("Скравена"));
        await Expect(Page.GetByLabel("Здравеопазване")).ToBeCheckedAsync();
    }

    [Fact]
    public async Task Register_MissingTermsAndShortPassword_ShowsMessagesAndCreatesNothing()
    {
        var email = $"bad{Guid.NewGuid():N}@test.example";
        await Page.GotoAsync("/account/register");
        await Page.GetByLabel("Име за показване").FillAsync("Някой");
        await Page.GetByLabel("Имейл").FillAsync(email);
        await Page.GetByLabel("Парола", new() { Exact = true }).FillAsync("кратка");
        await Page.GetByLabel("Повторете паролата").FillAsync("кратка");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Създай профил" }).ClickAsync();

        await Expect(Page.GetByText("трябва да приемете условията")).ToBeVisibleAsync();
        await Expect(Page.GetByText("трябва да е между 10 и 128 знака")).ToBeVisibleAsync();
        await using var db = Host.Db();
        Assert.False(db.Users.Any(u => u.Email == email));
    }

    [Fact]
    public async Task LoggingOut_EndsTheSessionInAnotherOpenTab_AtOnce()
    {
        var user = await Host.CreateUserAsync("Излизащ Жител");
        await Page.LogInAsync(user);
        var otherTab = await Page.Context.NewPageAsync();
        await otherTab.GotoInteractiveAsync("/");
        await Expect(otherTab.GetByRole(AriaRole.Link, new() { Name = "Излизащ Жител" })).ToBeVisibleAsync();

        await Page.GotoInteractiveAsync("/");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Изход" }).ClickAsync();

        // The other tab, never reloaded, is signed out too.
        await Expect(otherTab.GetByRole(AriaRole.Link, new() { Name = "Вход" })).ToBeVisibleAsync();
        await Expect(otherTab.GetByRole(AriaRole.Link, new() { Name = "Излизащ Жител" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task SwitchLanguage_ToEnglishAndBack()
    {
        await Page.GotoInteractiveAsync("/");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Решаваме заедно за бъдещето на Ботевград");

        await Page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Deciding together on the future of Botevgrad");
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");

        await Page.WaitForInteractiveAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Български" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Решаваме заедно за бъдещето на Ботевград");
    }

    [Fact]
    public async Task Administrator_MakesAUserAnOfficialOfADepartment()
    {
        var resident = await OpenUserAsAdministratorAsync($"Бъдещ Служител {Guid.NewGuid():N}"[..24]);
        await Page.GetByLabel("Служител", new() { Exact = true }).CheckAsync();
        await Page.GetByLabel("Дирекция / отдел").ChooseAsync("Дирекция „Екология и благоустройство“");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Запази ролите" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Ролите на {resident.DisplayName} са запазени.");
        var row = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = resident.DisplayName });
        await Expect(row).ToContainTextAsync("Служител");
        await Expect(row).ToContainTextAsync("Дирекция „Екология и благоустройство“");

        // The audit log names the change in words, and reads on a phone.
        await Page.SetViewportSizeAsync(390, 844);
        await Page.GotoInteractiveAsync("/admin/audit");
        var entry = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = resident.DisplayName }).First;
        await Expect(entry).ToContainTextAsync("дирекция: Дирекция „Екология и благоустройство“");
        await Expect(entry).Not.ToContainTextAsync("DepartmentId");
        await Expect(entry).ToBeInViewportAsync(new() { Ratio = 0.5f });
        Assert.True(await Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the audit log scrolls sideways on a phone");
    }

    [Fact]
    public async Task Administrator_OfficialWithoutDepartment_IsRefusedWithAMessage()
    {
        await OpenUserAsAdministratorAsync($"Без Отдел {Guid.NewGuid():N}"[..20]);
        await Page.GetByLabel("Служител", new() { Exact = true }).CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Запази ролите" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Служителят трябва да принадлежи към дирекция");
    }

    [Fact]
    public async Task DisablingAnAccount_SignsOutItsOpenPageAtOnce()
    {
        var admin = await Host.CreateUserAsync("Админ Трети", [Role.Administrator]);
        var user = await Host.CreateUserAsync("Скоро Деактивиран");
        await Page.LogInAsync(user);
        await Page.GotoInteractiveAsync("/");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Скоро Деактивиран" })).ToBeVisibleAsync();

        await using (var asAdmin = Host.As(admin))
        {
            await asAdmin.Get<UserAdministration>().SetDisabledAsync(user.Id, disabled: true);
        }

        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = "Меню" }).GetByRole(AriaRole.Link, new() { Name = "Вход" })).ToBeVisibleAsync(new() { Timeout = 3000 });
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Скоро Деактивиран" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task PhoneWidth_MenuOpensFromItsButton()
    {
        var phone = await NewPageAsync(width: 360, height: 740);
        // The account pages render without a circuit: the menu opens there too.
        await phone.GotoAsync("/account/login");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Меню" }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Navigation, new() { Name = "Основна навигация" })).ToBeVisibleAsync();

        // The circuit re-renders the page when it starts: wait for it, so the focus checks below are about the drawer.
        await phone.GotoInteractiveAsync("/");
        var menu = phone.GetByRole(AriaRole.Button, new() { Name = "Меню" });
        await Expect(phone.GetByRole(AriaRole.Navigation, new() { Name = "Основна навигация" })).ToBeHiddenAsync();

        await menu.ClickAsync();

        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(phone.GetByRole(AriaRole.Navigation, new() { Name = "Основна навигация" })).ToBeVisibleAsync();
        await Expect(phone.GetByRole(AriaRole.Navigation, new() { Name = "Основна навигация" }).GetByRole(AriaRole.Link, new() { Name = "Начало" })).ToBeFocusedAsync();
        var overflow = await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, "The page scrolls sideways at 360 px.");

        // Escape closes the drawer and gives the focus back to its button.
        await phone.Keyboard.PressAsync("Escape");
        await Expect(phone.GetByRole(AriaRole.Navigation, new() { Name = "Основна навигация" })).ToBeHiddenAsync();
        await Expect(menu).ToBeFocusedAsync();
        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "false");

        // A link in the drawer navigates and closes it.
        await menu.ClickAsync();
        await phone.GetByRole(AriaRole.Navigation, new() { Name = "Основна навигация" }).GetByRole(AriaRole.Link, new() { Name = "Събития" }).ClickAsync();
        await Expect(phone).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/events$"));
        await Expect(phone.GetByRole(AriaRole.Navigation, new() { Name = "Основна навигация" })).ToBeHiddenAsync();
    }

    /// <summary>Signs in as a new administrator and opens the management panel of a new resident.</summary>
    private async Task<TestUser> OpenUserAsAdministratorAsync(string residentName)
    {
        var admin = await Host.CreateUserAsync($"Админ {Guid.NewGuid():N}"[..12], [Role.Administrator]);
        var resident = await Host.CreateUserAsync(residentName);
        await Page.LogInAsync(admin);
        await Page.GotoInteractiveAsync("/admin/users");
        await Page.GetByLabel("Търсене по име или имейл").FillAsync(resident.DisplayName);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Търси" }).ClickAsync();
        // Wait for the filtered grid (the resident's row alone): a click on a row of the unfiltered one can land while
        // it is replaced, and the unfiltered first page need not show the administrator's row to wait for its going.
        await Expect(Page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Управление на ") })).ToHaveCountAsync(1);
        await Page.GetByRole(AriaRole.Button, new() { Name = $"Управление на {resident.DisplayName}" }).ClickAsync();
        return resident;
    }

    private async Task<string> SettlementValue(string name)
    {
        await using var db = Host.Db();
        return db.Settlements.AsEnumerable().Single(s => s.Name.Bulgarian == name).Id.Value.ToString();
    }
}
