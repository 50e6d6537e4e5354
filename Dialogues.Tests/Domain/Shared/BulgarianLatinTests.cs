using Dialogues.Domain.Shared;

namespace Dialogues.Tests.Domain.Shared;

public class BulgarianLatinTests
{
    [Theory]
    [InlineData("Скравена", "skravena")]
    [InlineData("Ботевград", "botevgrad")]
    [InlineData("Шушулка щъркел юли", "shushulka shtarkel yuli")]
    [InlineData("Цар Жеко", "tsar zheko")]
    [InlineData("Road 7", "road 7")]
    public void Of_FollowsTheTransliterationAct(string cyrillic, string latin) => Assert.Equal(latin, BulgarianLatin.Of(cyrillic));

    [Theory]
    [InlineData("Скравена", "скр", true)]
    [InlineData("Скравена", "СКРАВ", true)]
    [InlineData("Скравена", "Skrav", true)]
    [InlineData("Новачене", "novachene", true)]
    [InlineData("Трудовец", "tru", true)]
    [InlineData("Трудовец", "Врачеш", false)]
    [InlineData("Врачеш", "vratsa", false)]
    public void Contains_IgnoresCaseAndAlphabet(string text, string query, bool expected) =>
        Assert.Equal(expected, BulgarianLatin.Contains(text, query));
}
