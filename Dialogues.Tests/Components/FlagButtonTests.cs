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

/// <summary>"Report" on someone else's content: a reason is asked for, "other" needs words, and the flag is stored once.</summary>
public class FlagButtonTests(AppHost host) : ComponentTest(host), IClassFixture<AppHost>
{
    [Fact]
    public async Task OtherWithoutDetails_IsRefusedWithTheReason_ThenWithDetails_TheFlagIsStored()
    {
        using var _ = CultureScope.Use("bg-BG");
        var (comment, author) = await CommentByAnotherAsync();
        var reader = await Host.CreateUserAsync("Бдителен читател");
        ActAs(reader);
        var cut = Bunit.Render<FlagButton>(p => p.Add(f => f.Kind, ItemKind.Comment).Add(f => f.ItemId, comment).Add(f => f.AuthorId, author.Id));

        cut.WaitForElement("button.flag__open").Click();
        Assert.All(cut.FindAll("input[type=radio]"), radio => Assert.False(radio.HasAttribute("checked")));
        cut.FindAll("input[type=radio]").Single(r => r.GetAttribute("value") == nameof(FlagReason.Other)).Change(true);
        await cut.Find("form").SubmitAsync();

        cut.WaitForAssertion(() => Assert.Contains("Опишете проблема", cut.Find("[role=alert]").TextContent));
        await using (var db = Host.Db())
        {
            Assert.False(await db.Flags.AnyAsync(f => f.ItemId == comment));
        }

        cut.Find("textarea").Change("Реклама на магазин, не е по темата.");
        await cut.Find("form").SubmitAsync();

        cut.WaitForAssertion(() => Assert.Equal("Благодарим! Модераторите ще прегледат сигнала.", cut.Find("[role=status]").TextContent));
        await using (var db = Host.Db())
        {
            var flag = await db.Flags.SingleAsync(f => f.ItemId == comment);
            Assert.Equal((reader.Id, FlagReason.Other), (flag.FlaggedBy, flag.Reason));
        }
    }

    [Fact]
    public async Task IsNotOffered_OnOnesOwnContent_NorToAGuest()
    {
        var (comment, author) = await CommentByAnotherAsync();
        ActAs(author);

        var cut = Bunit.Render<FlagButton>(p => p.Add(f => f.Kind, ItemKind.Comment).Add(f => f.ItemId, comment).Add(f => f.AuthorId, author.Id));

        Assert.Empty(cut.Markup.Trim());
    }

    private async Task<(Guid Comment, TestUser Author)> CommentByAnotherAsync()
    {
        var official = await Host.CreateUserAsync(roles: [Role.Official]);
        var dialogue = await DialogueSpacesCast.OpenAsync(Host, official, $"Сигнали {Guid.NewGuid():N}"[..16]);
        var author = await Host.CreateUserAsync("Автор с реклама");
        var comment = await DialogueSpacesCast.CommentAsync(Host, author, dialogue, "Купете от нашия магазин!");
        return (comment.Value, author);
    }
}
