using Bunit;
using Dialogues.App.Features.Moderation;
using Dialogues.App.Infrastructure.Localization;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Dialogues.Tests.Features.DialogueSpaces;
using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.Tests.Components;

/// <summary>A queue item: a moderator claims it, gets the actions, and every other moderator sees who holds it, live.</summary>
public class ModerationQueueTests(AppHost host) : ComponentTest(host), IClassFixture<AppHost>
{
    [Fact]
    public async Task ClaimingACase_ShowsTheActionsToTheClaimant_AndTheHolderToAnotherModerator()
    {
        using var _ = CultureScope.Use("bg-BG");
        var official = await Host.CreateUserAsync(roles: [Role.Official]);
        var dialogue = await DialogueSpacesCast.OpenAsync(Host, official, "Опашка за модериране");
        var comment = await DialogueSpacesCast.CommentAsync(Host, await Host.CreateUserAsync("Груб автор"), dialogue, "Обидна забележка за съседите.");
        var claimant = await Host.CreateUserAsync("Модератор Поемащ", [Role.Moderator]);
        var other = await Host.CreateUserAsync("Модератор Наблюдаващ", [Role.Moderator]);
        await using (var scope = Host.As(await Host.CreateUserAsync("Бдителен съсед")))
        {
            await scope.Get<FlagService>().FlagAsync(new ContentKey(ItemKind.Comment, comment.Value), FlagReason.InsultOrHate, null);
        }
        Guid caseId;
        await using (var db = Host.Db())
        {
            caseId = (await db.ModerationCases.SingleAsync(c => c.ItemId == comment.Value)).Id;
        }
        // The other moderator's queue is open in another component tree, as in another browser.
        var otherView = new OtherModerator(Host, other);
        try
        {
            await ClaimAsync(otherView.Render(), claimant, caseId);
        }
        finally
        {
            await otherView.DisposeAsync();
        }
    }

    private async Task ClaimAsync(IRenderedComponent<QueuePage> watching, TestUser claimant, Guid caseId)
    {
        ActAs(claimant);

        var cut = Bunit.Render<QueuePage>();
        var item = cut.WaitForElement($"[data-case='{caseId}']");
        Assert.Contains("Обидна забележка за съседите.", item.QuerySelector("blockquote")!.TextContent);
        await item.QuerySelectorAll("button").Single(b => b.TextContent == "Поеми").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.StartsWith("Поета от вас до", cut.Find($"[data-case='{caseId}'] .queue-item__claim p").TextContent.Trim()));
        Assert.NotEmpty(cut.FindAll($"[data-case='{caseId}'] form"));
        watching.WaitForAssertion(() => Assert.StartsWith("Поета от Модератор Поемащ до", watching.Find($"[data-case='{caseId}'] .claimed-by").TextContent));
        Assert.Empty(watching.FindAll($"[data-case='{caseId}'] form"));
        await using (var db = Host.Db())
        {
            Assert.Equal(claimant.Id, (await db.ModerationCases.SingleAsync(c => c.Id == caseId)).ClaimedBy);
        }
    }

    /// <summary>A second moderator with a component tree of their own.</summary>
    private sealed class OtherModerator(AppHost host, TestUser moderator) : ComponentTest(host)
    {
        public IRenderedComponent<QueuePage> Render()
        {
            InitializeAsync().GetAwaiter().GetResult();
            ActAs(moderator);
            return Bunit.Render<QueuePage>();
        }
    }
}
