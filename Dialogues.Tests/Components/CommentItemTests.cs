using Bunit;
using Dialogues.App.Features.DialogueSpaces;
using Dialogues.App.Features.ReferenceData;
using Dialogues.App.Infrastructure.Localization;
using Dialogues.Domain.DialogueSpaces;
using Dialogues.Domain.Participants;
using Dialogues.Tests.Features.DialogueSpaces;
using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dialogues.Tests.Components;

/// <summary>One comment: its stance and votes, voting, and what only its author may do.</summary>
public class CommentItemTests(AppHost host) : ComponentTest(host), IClassFixture<AppHost>
{
    [Fact]
    public async Task AReader_SeesTheStanceAndVotes_AndTheirUpvoteIsSavedAndReported()
    {
        using var _ = CultureScope.Use("bg-BG");
        var (view, author) = await CommentAsync("Подкрепям новия площад.", Stance.For);
        var reader = await Host.CreateUserAsync("Читател на коментари");
        ActAs(reader);
        CommentId? changedThread = null;

        var cut = await RenderAsync(view, reader.Id, thread => changedThread = thread);

        Assert.Equal("За", cut.Find(".badge.stance-for").TextContent);
        Assert.Contains("Подкрепям новия площад.", cut.Find(".comment__body").TextContent);
        Assert.Equal("0", cut.FindAll("button.vote")[0].QuerySelector("span[aria-hidden]")!.TextContent);
        Assert.DoesNotContain(cut.FindAll("button"), b => b.TextContent is "Редактирай" or "Изтрий");

        await cut.FindAll("button.vote")[0].ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Equal(view.ThreadId, changedThread));
        await using var db = Host.Db();
        var vote = await db.CommentVotes.SingleAsync(v => v.CommentId == view.Id);
        Assert.Equal((reader.Id, 1), (vote.UserId, vote.Value));
        Assert.NotEqual(author.Id, vote.UserId);
    }

    [Fact]
    public async Task AGuestWhoVotes_IsAskedToLogIn_AndNothingIsSaved()
    {
        using var _ = CultureScope.Use("bg-BG");
        var (view, _) = await CommentAsync("Коментар за гост.", Stance.Against);
        ActAs(null);

        var cut = await RenderAsync(view, me: null, _ => { });
        await cut.FindAll("button.vote")[1].ClickAsync(new());

        Assert.Contains("За да участвате,", cut.Find("[role=alert]").TextContent);
        await using var db = Host.Db();
        Assert.False(await db.CommentVotes.AnyAsync(v => v.CommentId == view.Id));
    }

    [Fact]
    public async Task TheAuthor_DeletesOnlyAfterConfirmingInADialog()
    {
        using var culture = CultureScope.Use("bg-BG");
        var (view, author) = await CommentAsync("Ще го изтрия.", Stance.Neutral);
        ActAs(author);
        var dialogs = Bunit.Render<MudBlazor.MudDialogProvider>();
        var cut = await RenderAsync(view, author.Id, _ => { });

        // Asked, and cancelled: nothing changes.
        // The click waits for the answer, so it is not awaited here.
        var asking = cut.FindAll("button").Single(b => b.TextContent == "Изтрий").ClickAsync(new());
        dialogs.WaitForAssertion(() => Assert.Contains("Да изтрием ли коментара?", dialogs.Find(".mud-dialog").TextContent));
        await dialogs.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Отказ").ClickAsync(new());
        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll(".mud-dialog")));
        await asking;
        await using (var db = Host.Db())
        {
            Assert.Null((await db.Comments.SingleAsync(c => c.Id == view.Id)).DeletedAt);
        }

        // Asked again, and confirmed.
        asking = cut.FindAll("button").Single(b => b.TextContent == "Изтрий").ClickAsync(new());
        dialogs.WaitForAssertion(() => Assert.NotEmpty(dialogs.FindAll(".mud-dialog")));
        await dialogs.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Потвърди изтриването").ClickAsync(new());
        await asking;

        await Eventually.True(async () =>
        {
            await using var db = Host.Db();
            return (await db.Comments.SingleAsync(c => c.Id == view.Id)).DeletedAt is not null;
        }, "The confirmed comment was not deleted");
    }

    private async Task<(CommentView View, TestUser Author)> CommentAsync(string body, Stance stance)
    {
        var official = await Host.CreateUserAsync(roles: [Role.Official]);
        var dialogue = await DialogueSpacesCast.OpenAsync(Host, official, $"Диалог {Guid.NewGuid():N}"[..20]);
        var author = await Host.CreateUserAsync("Автор на коментар");
        var id = await DialogueSpacesCast.CommentAsync(Host, author, dialogue, body, stance);
        await using var scope = Host.As(author);
        var thread = await scope.Get<DiscussionService>().ThreadOfAsync(DiscussionPlace.Of(dialogue), id);
        return (thread!.Root, author);
    }

    private async Task<IRenderedComponent<CommentItem>> RenderAsync(CommentView view, UserId? me, Action<CommentId> changed)
    {
        var reference = await Host.Services.GetRequiredService<ReferenceCatalog>().GetAsync();
        return Bunit.Render<CommentItem>(parameters => parameters
            .Add(c => c.Comment, view)
            .Add(c => c.Reference, reference)
            .Add(c => c.Me, me)
            .Add(c => c.CommentsOpen, true)
            .Add(c => c.OnChanged, changed));
    }
}
