using Dialogues.Domain.Participants;
using Dialogues.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dialogues.Tests.Features.DialogueSpaces;

/// <summary>Two people on the same dialogue: what one does, the other sees without reloading.</summary>
public class DialogueLiveBrowserTests(AppHost host) : BrowserTest<AppHost>(host)
{
    private const int LiveTimeoutMs = 1000;

    [Fact]
    public async Task Comment_AppearsForTheOtherReaderWithinASecond_WithoutMovingTheirPlace()
    {
        var official = await Host.CreateUserAsync(roles: [Role.Official]);
        var (alice, bob) = (await Host.CreateUserAsync("Алиса Маринова"), await Host.CreateUserAsync("Борис Ненов"));
        var dialogue = await DialogueSpacesCast.OpenAsync(Host, official, "Осветление в парка");
        for (var i = 0; i < 3; i++)
        {
            await DialogueSpacesCast.CommentAsync(Host, official, dialogue, $"По-ранен коментар номер {i + 1} с малко повече текст, за да има какво да се превърта.");
        }
        var bobPage = await NewPageAsync(height: 600);
        await Page.LogInAsync(alice);
        await bobPage.LogInAsync(bob);
        await Page.GotoInteractiveAsync($"/dialogues/{dialogue}");
        await bobPage.GotoInteractiveAsync($"/dialogues/{dialogue}");

        await Expect(bobPage.GetByTestId("presence")).ToContainTextAsync("2 души");
        await bobPage.GetByRole(AriaRole.Heading, new() { Name = "Предложения" }).ScrollIntoViewIfNeededAsync();
        var bobScroll = await bobPage.EvaluateAsync<double>("window.scrollY");
        Assert.True(bobScroll > 100, "Bob's page should be scrolled down for this test to mean anything.");

        await Page.GetByLabel("За", new() { Exact = true }).CheckAsync();
        await Page.GetByLabel("Вашият коментар").FillAsync("Нужни са лампи и по алеята към реката.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Публикувай" }).ClickAsync();
        await Expect(Page.Locator(".comment__body").First).ToContainTextAsync("Нужни са лампи");

        var bar = bobPage.GetByRole(AriaRole.Button, new() { Name = "1 нов коментар – покажи" });
        await Expect(bar).ToBeVisibleAsync(new() { Timeout = LiveTimeoutMs });
        await Expect(bobPage.Locator("[data-stance=for] strong")).ToHaveTextAsync("4", new() { Timeout = LiveTimeoutMs });
        Assert.Equal(bobScroll, await bobPage.EvaluateAsync<double>("window.scrollY"), 1.0);

        await bar.ClickAsync();
        await Expect(bobPage.Locator(".comment__body").First).ToContainTextAsync("Нужни са лампи");
        await Expect(bar).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task ReplyAndCommentVote_ShowUpForTheOtherReader()
    {
        var official = await Host.CreateUserAsync("Служител Отговарящ", [Role.Official]);
        var (alice, bob) = (await Host.CreateUserAsync("Алиса Втора"), await Host.CreateUserAsync("Борис Втори"));
        var dialogue = await DialogueSpacesCast.OpenAsync(Host, official, "Спирка в Гурково");
        await DialogueSpacesCast.CommentAsync(Host, bob, dialogue, "Спирката няма навес.");
        var bobPage = await NewPageAsync();
        await Page.LogInAsync(alice);
        await bobPage.LogInAsync(bob);
        await Page.GotoInteractiveAsync($"/dialogues/{dialogue}");
        await bobPage.GotoInteractiveAsync($"/dialogues/{dialogue}");

        var bobsComment = Page.Locator("article.comment").Filter(new() { HasText = "Спирката няма навес." });
        await bobsComment.GetByRole(AriaRole.Button, new() { Name = "Подкрепям (0)", Exact = true }).ClickAsync();
        await Expect(bobPage.GetByRole(AriaRole.Button, new() { Name = "Подкрепям (1)", Exact = true })).ToBeVisibleAsync(new() { Timeout = LiveTimeoutMs });

        await bobsComment.GetByRole(AriaRole.Button, new() { Name = "Отговори" }).ClickAsync();
        await Page.GetByLabel("Отговор на Борис Втори").FillAsync("Съгласна съм, и пейка трябва.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Изпрати отговора" }).ClickAsync();

        await Expect(bobPage.GetByText("Съгласна съм, и пейка трябва.")).ToBeVisibleAsync(new() { Timeout = LiveTimeoutMs });
    }

    [Fact]
    public async Task Support_ChangesTheOtherReadersCount()
    {
        await using var own = await AppHost.OwnAsync();
        var page = await NewPageAsync(own);
        var official = await own.CreateUserAsync(roles: [Role.Official]);
        var (alice, bob) = (await own.CreateUserAsync("Алиса Трета"), await own.CreateUserAsync("Борис Трети"));
        var dialogue = await DialogueSpacesCast.OpenAsync(own, official, "Пазар в Литаково", votingIn: TimeSpan.FromHours(1));
        await DialogueSpacesCast.ProposeAsync(own, bob, dialogue, "Покрит пазар");
        own.Clock.Advance(TimeSpan.FromHours(2));
        var bobPage = await NewPageAsync(own);
        await page.LogInAsync(alice);
        await bobPage.LogInAsync(bob);
        await page.GotoInteractiveAsync($"/dialogues/{dialogue}");
        await bobPage.GotoInteractiveAsync($"/dialogues/{dialogue}");
        var bobsCount = bobPage.Locator("[data-proposal] .support-count");
        await Expect(bobsCount).ToHaveTextAsync("0 подкрепи");

        await page.GetByRole(AriaRole.Button, new() { Name = "Подкрепям „Покрит пазар“" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Оттегли подкрепата за „Покрит пазар“" })).ToBeVisibleAsync();
        await Expect(bobsCount).ToHaveTextAsync("1 подкрепа", new() { Timeout = LiveTimeoutMs });

        await page.GetByRole(AriaRole.Button, new() { Name = "Оттегли подкрепата за „Покрит пазар“" }).ClickAsync();
        await Expect(bobsCount).ToHaveTextAsync("0 подкрепи", new() { Timeout = LiveTimeoutMs });
    }

    [Fact]
    public async Task Guest_ReadsEverything_AndIsAskedToLogInOnAnyAction()
    {
        await using var own = await AppHost.OwnAsync();
        var page = await NewPageAsync(own);
        var official = await own.CreateUserAsync(roles: [Role.Official]);
        var resident = await own.CreateUserAsync("Иван Гласов");
        var dialogue = await DialogueSpacesCast.OpenAsync(own, official, "Детска площадка в Трудовец", votingIn: TimeSpan.FromHours(1));
        await DialogueSpacesCast.ProposeAsync(own, resident, dialogue, "Люлки за малки деца");
        await DialogueSpacesCast.CommentAsync(own, resident, dialogue, "Площадката е опасна.");
        own.Clock.Advance(TimeSpan.FromHours(2));

        await page.GotoInteractiveAsync($"/dialogues/{dialogue}");

        await Expect(page.GetByText("Площадката е опасна.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Люлки за малки деца" })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Вашият коментар")).ToHaveCountAsync(0);
        await Expect(page.GetByText("За да коментирате,")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Подкрепям „Люлки за малки деца“" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "За да участвате," })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Отговори" }).ClickAsync();
        var prompt = page.Locator("article.comment").GetByRole(AriaRole.Alert).Filter(new() { HasText = "За да участвате," });
        await Expect(prompt).ToBeVisibleAsync();
        await prompt.GetByRole(AriaRole.Link, new() { Name = "Влезте" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login\\?returnUrl=%2Fdialogues%2F"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Вход");

        await using var db = own.Db();
        Assert.Single(db.Comments.Where(c => c.DialogueId == dialogue));
    }
}
