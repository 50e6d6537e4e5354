using Dialogues.App.Features.Moderation;
using Microsoft.Extensions.Options;

namespace Dialogues.Tests.Features.Moderation;

public class WatchWordsTests
{
    private static WatchWords List(params string[] words) => new(Options.Create(new ModerationOptions { WatchWords = [.. words] }));

    [Theory]
    [InlineData("Това е идиотско решение.")]
    [InlineData("Само един ИДИ0T би го направил.")]
    [InlineData("kpeтeн")]
    [InlineData("и-д-и-о-т е той")]
    public void Find_SeesThroughCaseLookAlikesAndEndings(string text)
    {
        var found = List("идиот", "кретен").Find(text.Replace("-", "\u200B"));

        Assert.NotEmpty(found);
    }

    [Fact]
    public void Find_EnglishWordInCyrillicLetters_IsFound()
    {
        // "moron" typed with Cyrillic "о"s.
        Assert.Equal(["moron"], List("moron").Find("What a mоrоn."));
    }

    [Fact]
    public void Find_Phrase_MatchesWholeWordsOnly()
    {
        var list = List("мръсни цигани");

        Assert.Single(list.Find("Тези МРЪСНИ   цигани пак..."));
        Assert.Empty(list.Find("мръсни циганки"));
    }

    [Theory]
    [InlineData("Предлагам нов кът за деца в парка.")]
    [InlineData("")]
    public void Find_CleanText_FindsNothing(string text) => Assert.Empty(List("идиот", "кретен").Find(text));

    [Fact]
    public void Find_WordInsideAnotherWord_DoesNotMatch()
    {
        // Matches words that start with the entry, not any substring: "проидиот" is not flagged.
        Assert.Empty(List("идиот").Find("проидиотски"));
    }
}
