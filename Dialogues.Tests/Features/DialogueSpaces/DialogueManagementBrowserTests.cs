using Dialogues.Domain.DialogueSpaces;
using Dialogues.Domain.Participants;
using Dialogues.Tests.Infrastructure.Files;
using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dialogues.Tests.Features.DialogueSpaces;

public class DialogueManagementBrowserTests(AppHost host) : BrowserTest<AppHost>(host)
{
    [Fact]
    public async Task Official_CreatesWithADocument_Publishes_AndResidentsFindIt()
    {
        var official = await Host.CreateUserAsync("Служител Създател", [Role.Official]);
        await Page.LogInAsync(official);
        await Page.GotoInteractiveAsync("/dialogues");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Нов диалог" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Нов диалог");
        await Page.GetByLabel("Заглавие", new() { Exact = true }).FillAsync("Нова детска градина в Новачене");
        await Page.GetByLabel("Кратко описание").FillAsync("Къде да бъде новата сграда и какво да има в нея?");
        await Page.GetByLabel("Подробности").FillAsync("## Варианти\n- до училището\n- в парка");
        await Page.GetByLabel("Сфера").ChooseAsync("Култура и образование");
        await Page.GetByLabel("Населено място").ChooseAsync("Новачене");
        await Page.GetByLabel("Видео от YouTube или Vimeo").FillAsync("https://youtu.be/dQw4w9WgXcQ");
        await Page.GetByLabel("Документи").SetInputFilesAsync(new FilePayload { Name = "Задание.pdf", MimeType = "application/pdf", Buffer = AttachmentsTests.Pdf });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Създай диалога" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Нова детска градина в Новачене");
        await Expect(Page.GetByText("Чернова")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Задание.pdf" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Варианти" })).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Публикувай", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Диалогът е публикуван." })).ToBeVisibleAsync();

        var guest = await NewPageAsync();
        await guest.GotoInteractiveAsync("/dialogues");
        await guest.GetByLabel("Търсене по заглавие").FillAsync("детска градина");
        await guest.GetByLabel("Населено място").ChooseAsync("Новачене");
        await guest.GetByRole(AriaRole.Button, new() { Name = "Покажи" }).ClickAsync();
        await Expect(guest.GetByText("Намерен е 1 диалог")).ToBeVisibleAsync();
        await guest.GetByRole(AriaRole.Link, new() { Name = "Нова детска градина в Новачене" }).ClickAsync();
        await Expect(guest.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Нова детска градина в Новачене");
        await Expect(guest.Locator(".phase-badge")).ToHaveTextAsync("Предстои");
    }

    [Fact]
    public async Task Editor_ProgramDisguisedAsPdf_IsRefusedAndNothingIsCreated()
    {
        var official = await Host.CreateUserAsync("Служител Внимателен", [Role.Official]);
        await Page.LogInAsync(official);
        await Page.GotoInteractiveAsync("/dialogues/new");
        await Page.GetByLabel("Заглавие", new() { Exact = true }).FillAsync("Диалог с лош файл");
        await Page.GetByLabel("Кратко описание").FillAsync("Опит с файл, който не е документ.");
        await Page.GetByLabel("Документи").SetInputFilesAsync(new FilePayload { Name = "отчет.pdf", MimeType = "application/pdf", Buffer = AttachmentsTests.WindowsProgram });

        await Page.GetByRole(AriaRole.Button, new() { Name = "Създай диалога" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "не е документ от позволен вид" })).ToBeVisibleAsync();
        await using var db = Host.Db();
        Assert.False(await db.Dialogues.AnyAsync(d => d.Title == "Диалог с лош файл"));
    }

    [Fact]
    public async Task Editor_SavingOverAColleaguesEdit_IsToldToReload_AndTheColleaguesEditStays()
    {
        var official = await Host.CreateUserAsync("Служител Бавен", [Role.Official]);
        var colleague = await Host.CreateUserAsync("Служител Бърз", [Role.Official]);
        var id = await DialogueSpacesCast.OpenAsync(Host, official, title: "Ремонт на читалището");
        await Page.LogInAsync(official);
        await Page.GotoInteractiveAsync($"/dialogues/{id}/edit");

        // While the form is open, a colleague saves a new title.
        var colleaguePage = await NewPageAsync();
        await colleaguePage.LogInAsync(colleague);
        await colleaguePage.GotoInteractiveAsync($"/dialogues/{id}/edit");
        await colleaguePage.GetByLabel("Заглавие", new() { Exact = true }).FillAsync("Ремонт на читалището в Литаково");
        await colleaguePage.GetByRole(AriaRole.Button, new() { Name = "Запази" }).ClickAsync();
        await Expect(colleaguePage.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ремонт на читалището в Литаково");

        await Page.GetByLabel("Кратко описание").FillAsync("Описание, написано върху старата версия.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Запази" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Междувременно някой друг промени диалога");
        await using var db = Host.Db();
        var saved = await db.Dialogues.SingleAsync(d => d.Id == id);
        Assert.Equal(("Ремонт на читалището в Литаково", "Кратко описание на диалога за тест."), (saved.Title, saved.Summary));
    }

    [Fact]
    public async Task TheProposalForm_AnswersBesideItsButton_OnAPhone()
    {
        var official = await Host.CreateUserAsync("Служител Предложения", [Role.Official]);
        var resident = await Host.CreateUserAsync("Жител С Предложение");
        var dialogue = await DialogueSpacesCast.OpenAsync(Host, official, "Алея край реката");
        var phone = await NewPageAsync(width: 390, height: 844);
        await phone.LogInAsync(resident);
        await phone.GotoInteractiveAsync($"/dialogues/{dialogue}");
        var form = phone.GetByRole(AriaRole.Form, new() { Name = "Ново предложение" });

        await form.GetByLabel("Заглавие на предложението").FillAsync("Пейки");
        await form.GetByRole(AriaRole.Button, new() { Name = "Изпрати предложението" }).ClickAsync();
        await Expect(form.GetByRole(AriaRole.Alert)).Not.ToBeEmptyAsync();
        await Expect(form.GetByRole(AriaRole.Alert)).ToBeInViewportAsync();

        await form.GetByLabel("Заглавие на предложението").FillAsync("Пейки по алеята край реката");
        await form.GetByLabel("Какво предлагате и защо").FillAsync("Предлагаме пейки през сто метра, за да могат и възрастните да се разхождат.");
        await form.GetByRole(AriaRole.Button, new() { Name = "Изпрати предложението" }).ClickAsync();
        // What succeeded is a snackbar, fixed in the viewport wherever the form is.
        var done = phone.GetByRole(AriaRole.Status).Filter(new() { HasText = "Предложението ви е публикувано." });
        await Expect(done).ToBeInViewportAsync();
    }

    [Fact]
    public async Task NgoProposal_IsApprovedByAModerator()
    {
        var ngo = await Host.CreateUserAsync("Сдружение Достъпна среда");
        var moderator = await Host.CreateUserAsync("Модератор Одобряващ", [Role.Moderator]);
        await Page.LogInAsync(ngo);
        await Page.GotoInteractiveAsync("/dialogues");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Предложете диалог" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Предложете диалог");
        await Expect(Page.GetByText("ще бъде прегледано от модератор")).ToBeVisibleAsync();
        await Page.GetByLabel("Заглавие", new() { Exact = true }).FillAsync("Достъпни спирки за всички");
        await Page.GetByLabel("Кратко описание").FillAsync("Кои спирки да се преустроят първи?");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Изпрати предложението" }).ClickAsync();
        await Expect(Page.GetByText("чака одобрение от модератор")).ToBeVisibleAsync();

        var moderatorPage = await NewPageAsync();
        await moderatorPage.LogInAsync(moderator);
        await moderatorPage.GotoInteractiveAsync("/dialogues?pending=true");
        await moderatorPage.GetByRole(AriaRole.Link, new() { Name = "Достъпни спирки за всички" }).ClickAsync();
        await moderatorPage.GetByRole(AriaRole.Button, new() { Name = "Одобри" }).ClickAsync();

        await Expect(moderatorPage.GetByRole(AriaRole.Status).Filter(new() { HasText = "Предложението е одобрено" })).ToBeVisibleAsync();
        await using var db = Host.Db();
        Assert.Equal(DialogueApproval.Approved, (await db.Dialogues.SingleAsync(d => d.Title == "Достъпни спирки за всички")).Approval);
    }

    [Fact]
    public async Task Resident_RatesAScenario_AndSeesTheAverage()
    {
        await using var own = await AppHost.OwnAsync();
        var page = await NewPageAsync(own);
        var official = await own.CreateUserAsync(roles: [Role.Official]);
        var resident = await own.CreateUserAsync("Оценяващ Жител");
        var dialogue = await DialogueSpacesCast.OpenAsync(own, official, "Трасета за велоалеи", votingIn: TimeSpan.FromHours(1), method: ScenarioVotingMethod.Score);
        await using (var scope = own.As(official))
        {
            await scope.Get<Dialogues.App.Features.DialogueSpaces.ScenariosService>().PublishAsync(dialogue, "Трасе по реката", "Алея покрай реката до парка.");
        }
        own.Clock.Advance(TimeSpan.FromHours(2));
        await page.LogInAsync(resident);
        await page.GotoInteractiveAsync($"/dialogues/{dialogue}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Оценка 4 от 5" }).ClickAsync();

        await Expect(page.GetByText("Средна оценка 4,0 от 5 (1 оценка)")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Оценка 4 от 5" })).ToHaveAttributeAsync("aria-pressed", "true");
    }

    [Fact]
    public async Task Author_EditsWithinTheWindow_ThenDeletesLeavingATombstone()
    {
        await using var own = await AppHost.OwnAsync();
        var page = await NewPageAsync(own);
        var official = await own.CreateUserAsync(roles: [Role.Official]);
        var author = await own.CreateUserAsync("Автор Поправящ");
        var dialogue = await DialogueSpacesCast.OpenAsync(own, official, "Чистота в центъра");
        await DialogueSpacesCast.CommentAsync(own, author, dialogue, "Кошчетата са малко.");
        await page.LogInAsync(author);
        await page.GotoInteractiveAsync($"/dialogues/{dialogue}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Редактирай" }).ClickAsync();
        await Expect(page.GetByLabel("Редактиране на коментара")).ToHaveValueAsync("Кошчетата са малко.");
        await page.GetByLabel("Редактиране на коментара").FillAsync("Кошчетата са малко и рядко се изпразват.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Запази" }).ClickAsync();
        await Expect(page.GetByText("Кошчетата са малко и рядко се изпразват.")).ToBeVisibleAsync();
        await Expect(page.GetByText("(редактиран)")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Изтрий" }).ClickAsync();
        var question = page.GetByRole(AriaRole.Dialog);
        await Expect(question).ToContainTextAsync("Да изтрием ли коментара?");
        await question.GetByRole(AriaRole.Button, new() { Name = "Потвърди изтриването" }).ClickAsync();
        await Expect(page.GetByText("Коментарът е изтрит от автора.")).ToBeVisibleAsync();

        own.Clock.Advance(TimeSpan.FromMinutes(16));
        await DialogueSpacesCast.CommentAsync(own, author, dialogue, "Втори коментар.");
        own.Clock.Advance(TimeSpan.FromMinutes(16));
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("article.comment").Filter(new() { HasText = "Втори коментар." }).GetByRole(AriaRole.Button, new() { Name = "Редактирай" })).ToHaveCountAsync(0);
    }
}
