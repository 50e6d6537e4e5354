using Dialogues.Domain.Participants;
using Dialogues.Tests.Features.DialogueSpaces;
using Dialogues.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dialogues.Tests.Features.Notifications;

public class NotificationBrowserTests(AppHost host) : BrowserTest<AppHost>(host)
{
    [Fact]
    public async Task Follower_SeesTheBellRiseLive_LandsOnTheComment_AndGetsTheEmailWhenAskedImmediately()
    {
        var official = await Host.CreateUserAsync(roles: [Role.Official]);
        var (alice, bob) = (await Host.CreateUserAsync("Алиса Следяща"), await Host.CreateUserAsync("Борис Пишещ"));
        var dialogue = await DialogueSpacesCast.OpenAsync(Host, official, "Пейки край реката");
        await Page.LogInAsync(alice);

        await Page.GotoInteractiveAsync("/notifications/settings");
        await Page.GetByRole(AriaRole.Radio, new() { Name = "Активност в следеното от мен: Веднага" }).CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Запази настройките" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Настройките са запазени.");

        await Page.GotoInteractiveAsync($"/dialogues/{dialogue}");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Следвай" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Следвате – натиснете, за да спрете" })).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("bell-count")).ToHaveCountAsync(0);
        var notificationsTab = await Page.Context.NewPageAsync();
        await notificationsTab.GotoInteractiveAsync("/notifications");
        await Expect(notificationsTab.GetByText("Нямате известия.")).ToBeVisibleAsync();

        var bobPage = await NewPageAsync();
        await bobPage.LogInAsync(bob);
        await bobPage.GotoInteractiveAsync($"/dialogues/{dialogue}");
        await bobPage.GetByLabel("Против", new() { Exact = true }).CheckAsync();
        await bobPage.GetByLabel("Вашият коментар").FillAsync("Пейките ще пречат на рибарите.");
        await bobPage.GetByRole(AriaRole.Button, new() { Name = "Публикувай" }).ClickAsync();

        await Expect(Page.GetByTestId("bell-count")).ToHaveTextAsync("1");
        await Expect(notificationsTab.GetByRole(AriaRole.Button, new() { Name = "Борис Пишещ коментира в „Пейки край реката“" })).ToBeVisibleAsync();
        await notificationsTab.CloseAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Известия (1 непрочетено)" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Борис Пишещ коментира в „Пейки край реката“" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/dialogues/{dialogue}\\?comment=.+#comment-"));
        var comment = Page.Locator("article.comment").Filter(new() { HasText = "Пейките ще пречат на рибарите." });
        await Expect(comment).ToBeInViewportAsync();
        await Expect(Page.GetByTestId("bell-count")).ToHaveCountAsync(0);

        var mail = await MailPickup.WaitForAsync(Host.MailFolder, alice.Email, m => m.Subject.Contains("Борис Пишещ коментира"));
        Assert.Contains($"/dialogues/{dialogue}?comment=", mail.Text);
        Assert.Contains("/unsubscribe?token=", mail.Text);
    }
}
