using Dialogues.App.Features.Moderation;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Dialogues.Tests.Support;
using Microsoft.Playwright;
using static Dialogues.Tests.Features.Moderation.ModerationCast;
using static Microsoft.Playwright.Assertions;

namespace Dialogues.Tests.Features.Moderation;

/// <summary>Moderation as the people involved live it, each in their own browser.</summary>
public class ModerationBrowserTests(AppHost host) : BrowserTest<AppHost>(host)
{
    private const int LiveTimeoutMs = 2000;

    [Fact]
    public async Task ThreeFlags_HideLive_FirstModeratorClaimsAndHides_AuthorAppeals_SecondModeratorRestores()
    {
        var cast = await CreateAsync(Host);
        var comment = await cast.CommentAsync(Host, "Съседът от блок 5 пак паркира на тротоара, ето му телефона.");
        var author = Page;
        var (first, second) = (await NewPageAsync(), await NewPageAsync());
        await author.LogInAsync(cast.Author);
        await first.LogInAsync(cast.FirstModerator);
        await second.LogInAsync(cast.SecondModerator);
        await author.GotoInteractiveAsync($"/dialogues/{cast.Dialogue}");
        await first.GotoInteractiveAsync("/moderation");
        await second.GotoInteractiveAsync("/moderation");
        var authorsComment = author.Locator($"[data-comment='{comment.Id}']");
        await Expect(authorsComment).ToContainTextAsync("паркира на тротоара");

        await cast.FlagByAllAsync(Host, comment);

        // The author's open page hides the comment; both queues show it; nobody reloaded.
        await Expect(authorsComment).ToContainTextAsync("Коментарът е скрит автоматично след сигнали на участници", new() { Timeout = LiveTimeoutMs });
        await Expect(authorsComment).Not.ToContainTextAsync("паркира на тротоара");
        var firstItem = first.Locator("article.queue-item").Filter(new() { HasText = "паркира на тротоара" });
        var secondItem = second.Locator("article.queue-item").Filter(new() { HasText = "паркира на тротоара" });
        await Expect(firstItem).ToContainTextAsync("3 сигнала", new() { Timeout = LiveTimeoutMs });
        await Expect(secondItem).ToContainTextAsync("Скрито до преглед", new() { Timeout = LiveTimeoutMs });

        await firstItem.GetByRole(AriaRole.Button, new() { Name = "Поеми" }).ClickAsync();
        await Expect(secondItem).ToContainTextAsync("Поета от Модератор Първи", new() { Timeout = LiveTimeoutMs });
        await Expect(secondItem.GetByRole(AriaRole.Button, new() { Name = "Поеми" })).ToHaveCountAsync(0);
        await Expect(secondItem.GetByRole(AriaRole.Button, new() { Name = "Приложи" })).ToHaveCountAsync(0);

        await firstItem.GetByLabel("Скрий", new() { Exact = true }).CheckAsync();
        await firstItem.GetByLabel("Стандартна причина").ChooseAsync("Съдържанието разкрива лични данни на човек без неговото съгласие.");
        await firstItem.GetByLabel("Обяснение за автора").FillAsync("Не публикувайте чужди телефонни номера.");
        await firstItem.GetByRole(AriaRole.Button, new() { Name = "Приложи" }).ClickAsync();
        await Expect(first.GetByText("Съдържанието е скрито.")).ToBeVisibleAsync();
        await Expect(secondItem).ToHaveCountAsync(0, new() { Timeout = LiveTimeoutMs });

        // The author follows "why?" to the decision, reads the reason, and appeals.
        await authorsComment.GetByRole(AriaRole.Link, new() { Name = "Защо?" }).ClickAsync();
        await author.GetByRole(AriaRole.Link, new() { Name = "Скрито —" }).ClickAsync();
        await Expect(author.GetByRole(AriaRole.Heading, new() { Name = "Решение на модератор" })).ToBeVisibleAsync();
        await Expect(author.Locator(".decision-reason")).ToContainTextAsync("разкрива лични данни");
        await Expect(author.Locator(".decision-reason")).ToContainTextAsync("Не публикувайте чужди телефонни номера.");
        await Expect(author.Locator(".decision-item-text")).ToHaveTextAsync("Съседът от блок 5 пак паркира на тротоара, ето му телефона.");
        await author.WaitForInteractiveAsync();
        await author.GetByLabel("Защо смятате, че решението е грешно?").FillAsync("Номерът е на общинската служба, не на човек.");
        await author.GetByRole(AriaRole.Button, new() { Name = "Изпрати обжалването" }).ClickAsync();
        await Expect(author.GetByText("Обжалването е изпратено.")).ToBeVisibleAsync();

        // The second moderator (not the one who hid it) grants the appeal; the first may not.
        await first.GotoInteractiveAsync("/moderation/appeals");
        await Expect(first.Locator("article.appeal")).ToContainTextAsync("Вие взехте първоначалното решение");
        await second.GotoInteractiveAsync("/moderation/appeals");
        var appeal = second.Locator("article.appeal").Filter(new() { HasText = "Номерът е на общинската служба" });
        // The moderator judges exactly what was hidden, not blind.
        await Expect(appeal.Locator(".decision-item-text")).ToHaveTextAsync("Съседът от блок 5 пак паркира на тротоара, ето му телефона.");
        await appeal.GetByLabel("Обяснение на решението по обжалването").FillAsync("Номерът е публичен; възстановяваме коментара.");
        await appeal.GetByRole(AriaRole.Button, new() { Name = "Уважи и възстанови" }).ClickAsync();
        await Expect(second.GetByText("Обжалването е уважено.")).ToBeVisibleAsync();

        await author.ReloadAsync();
        await Expect(author.Locator(".appeal-outcome")).ToContainTextAsync("Обжалването е уважено");
        await Expect(author.Locator(".appeal-outcome")).ToContainTextAsync("Номерът е публичен; възстановяваме коментара.");
        await author.GotoInteractiveAsync($"/dialogues/{cast.Dialogue}");
        await Expect(authorsComment).ToContainTextAsync("паркира на тротоара");
    }

    [Fact]
    public async Task Resident_FlagsAComment_AndTheModeratorsQueueShowsItLive()
    {
        var cast = await CreateAsync(Host, flaggers: 1);
        await cast.CommentAsync(Host, "Купете евтини часовници на моя сайт!");
        var moderator = await NewPageAsync();
        await moderator.LogInAsync(cast.FirstModerator);
        await moderator.GotoInteractiveAsync("/moderation");
        await Page.LogInAsync(cast.Flaggers[0]);
        await Page.GotoInteractiveAsync($"/dialogues/{cast.Dialogue}");

        var spam = Page.Locator("article.comment").Filter(new() { HasText = "евтини часовници" });
        await spam.GetByRole(AriaRole.Button, new() { Name = "Сигнализирай" }).ClickAsync();
        await spam.GetByLabel("Спам или реклама").CheckAsync();
        await spam.GetByLabel("Подробности").FillAsync("Реклама на сайт.");
        await spam.GetByRole(AriaRole.Button, new() { Name = "Изпрати сигнала" }).ClickAsync();
        await Expect(spam.GetByRole(AriaRole.Status)).ToContainTextAsync("Благодарим");

        var item = moderator.Locator("article.queue-item").Filter(new() { HasText = "евтини часовници" });
        await Expect(item).ToContainTextAsync("Спам или реклама", new() { Timeout = LiveTimeoutMs });
        await Expect(item).ToContainTextAsync("Реклама на сайт.");
    }

    [Fact]
    public async Task Suspension_ShowsInTheOpenPageAtOnce_AndPostingIsRefused()
    {
        var cast = await CreateAsync(Host, flaggers: 0);
        var comment = await cast.CommentAsync(Host, "Първи коментар преди спирането.");
        await Page.LogInAsync(cast.Author);
        await Page.GotoInteractiveAsync($"/dialogues/{cast.Dialogue}");

        await FlagAsync(Host, cast.FirstModerator, comment);
        await ClaimAndActAsync(Host, cast.FirstModerator, comment, new ModerationRequest(ModerationActionKind.Suspend, "Repeated", null, SuspensionDays: 3));

        await Expect(Page.Locator(".sanction-banner")).ToContainTextAsync("Участието ви е спряно до", new() { Timeout = LiveTimeoutMs });
        await Page.GetByLabel("Против", new() { Exact = true }).CheckAsync();
        await Page.GetByLabel("Вашият коментар").FillAsync("Опитвам се да пиша, докато съм спрян.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Публикувай" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Междувременно не можете" })).ToBeVisibleAsync();
        await Expect(Page.GetByText("Опитвам се да пиша, докато съм спрян.", new() { Exact = true }).And(Page.Locator(".comment__body *"))).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Administrator_FiltersTheAuditLog_AndModeratorSeesTheDashboard()
    {
        var cast = await CreateAsync(Host);
        var admin = await Host.CreateUserAsync("Администратор Журнал", [Role.Administrator]);
        var comment = await cast.CommentAsync(Host, "Коментар за журнала.");
        await cast.FlagByAllAsync(Host, comment);
        await ClaimAndActAsync(Host, cast.FirstModerator, comment, new ModerationRequest(ModerationActionKind.Hide, "Spam", "Реклама в журнала."));

        await Page.LogInAsync(admin);
        await Page.GotoInteractiveAsync("/admin/audit");
        await Page.GetByLabel("Вид действие").ChooseAsync("Модерация");
        await Page.GetByLabel("Участник (име или имейл)").FillAsync("Модератор Първи");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Покажи" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("group=Moderation"));
        var row = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Реклама в журнала." });
        await Expect(row).ToContainTextAsync("Скриване");
        await Expect(row).ToContainTextAsync("Модератор Първи");
        // In words, not in code: the state, the reason's template and the kind of item.
        await Expect(row).ToContainTextAsync("скрито");
        await Expect(row).Not.ToContainTextAsync("Hidden");
        await Expect(row).Not.ToContainTextAsync("Spam");
        await Expect(row).Not.ToContainTextAsync("(Comment)");

        var moderator = await NewPageAsync();
        await moderator.LogInAsync(cast.SecondModerator);
        await moderator.GotoInteractiveAsync("/moderation/dashboard");
        await Expect(moderator.GetByRole(AriaRole.Heading, new() { Name = "Табло на модерацията" })).ToBeVisibleAsync();
        await Expect(moderator.GetByRole(AriaRole.Table)).ToContainTextAsync("Скрито");
    }

    [Fact]
    public async Task PublicProfile_ShowsParticipation_AndCanBeFlagged()
    {
        var cast = await CreateAsync(Host, flaggers: 1);
        await cast.CommentAsync(Host, "Коментар на профила.");
        await Page.LogInAsync(cast.Flaggers[0]);
        await Page.GotoInteractiveAsync($"/dialogues/{cast.Dialogue}");

        await Page.Locator("article.comment").Filter(new() { HasText = "Коментар на профила." }).GetByRole(AriaRole.Link, new() { Name = "Автор на коментара" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Автор на коментара" })).ToBeVisibleAsync();
        await Expect(Page.Locator(".public-profile")).ToContainTextAsync("1 коментар");
        await Page.WaitForInteractiveAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Сигнализирай" }).ClickAsync();
        await Page.GetByLabel("Обиди или език на омразата").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Изпрати сигнала" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Благодарим" })).ToBeVisibleAsync();
        await using var db = Host.Db();
        Assert.True(db.Flags.Any(f => f.ItemKind == ItemKind.Profile && f.ItemId == cast.Author.Id.Value));
    }
}
