using System.Text;

namespace Dialogues.Domain.Shared;

/// <summary>
/// Bulgarian in Latin letters, by the official system of the Transliteration Act (2009): how people type Bulgarian on a
/// keyboard without Cyrillic ("Skravena" for "Скравена"). Matching compares both sides in Latin, so a name typed
/// either way is found.
/// </summary>
public static class BulgarianLatin
{
    private static readonly Dictionary<char, string> Letters = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ж'] = "zh", ['з'] = "z",
        ['и'] = "i", ['й'] = "y", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o", ['п'] = "p",
        ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "h", ['ц'] = "ts", ['ч'] = "ch",
        ['ш'] = "sh", ['щ'] = "sht", ['ъ'] = "a", ['ь'] = "y", ['ю'] = "yu", ['я'] = "ya",
    };

    /// <summary>The text in lower-case Latin letters; characters that are not Cyrillic stay as they are.</summary>
    public static string Of(string text)
    {
        var latin = new StringBuilder(text.Length + 8);
        foreach (var character in text.ToLowerInvariant())
        {
            if (Letters.TryGetValue(character, out var letters))
            {
                latin.Append(letters);
            }
            else
            {
                latin.Append(character);
            }
        }
        return latin.ToString();
    }

    /// <summary>Whether <paramref name="text"/> contains <paramref name="query"/>, ignoring case and the alphabet it was typed in.</summary>
    public static bool Contains(string text, string query) =>
        text.Contains(query.Trim(), StringComparison.CurrentCultureIgnoreCase) || Of(text).Contains(Of(query.Trim()), StringComparison.Ordinal);
}
