using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;

namespace Dialogues.App.Features.Moderation;

/// <summary>
/// Finds watch words in a text whatever the script tricks: Latin letters that look Cyrillic (and the reverse),
/// digits for letters, accents, invisible characters, letters repeated for emphasis, and word endings.
/// </summary>
public sealed class WatchWords
{
    // Both sides are folded into one "skeleton" alphabet: look-alikes map to the Cyrillic letter they imitate.
    private static readonly Dictionary<char, char> LookAlikes = new()
    {
        ['a'] = 'а', ['b'] = 'в', ['c'] = 'с', ['e'] = 'е', ['h'] = 'н', ['k'] = 'к', ['m'] = 'м', ['o'] = 'о',
        ['p'] = 'р', ['t'] = 'т', ['x'] = 'х', ['y'] = 'у', ['0'] = 'о', ['3'] = 'з', ['4'] = 'ч', ['6'] = 'б',
        ['@'] = 'а', ['$'] = 's', ['ѐ'] = 'е', ['ѝ'] = 'и', ['ё'] = 'е', ['і'] = 'i', ['ј'] = 'j',
    };

    private readonly List<(string Entry, string Skeleton, bool IsPhrase)> _entries;

    public WatchWords(IOptions<ModerationOptions> options) => _entries = options.Value.WatchWords
        .Where(w => !string.IsNullOrWhiteSpace(w))
        .Select(w => (w.Trim(), Skeleton(w), w.Trim().Contains(' ')))
        .Where(w => w.Item2.Length > 0)
        .ToList();

    /// <summary>The entries of the list found in <paramref name="text"/>; a single word matches a word starting with it.</summary>
    public IReadOnlyList<string> Find(string? text)
    {
        if (_entries.Count == 0 || string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        var skeleton = Skeleton(text);
        var words = skeleton.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return _entries
            .Where(e => e.IsPhrase ? $" {skeleton} ".Contains($" {e.Skeleton} ", StringComparison.Ordinal) : words.Any(w => w.StartsWith(e.Skeleton, StringComparison.Ordinal)))
            .Select(e => e.Entry)
            .ToList();
    }

    /// <summary>Lower case, accents off, look-alikes folded, repeated letters collapsed, words separated by single spaces.</summary>
    public static string Skeleton(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var result = new StringBuilder(decomposed.Length);
        foreach (var raw in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(raw);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format)
            {
                // Accents and zero-width characters, slipped in to break a word apart.
                continue;
            }
            var letter = LookAlikes.GetValueOrDefault(raw, raw);
            var isWordChar = char.IsLetterOrDigit(letter);
            var next = isWordChar ? letter : ' ';
            if (result.Length > 0 && result[^1] == next)
            {
                continue;
            }
            if (next == ' ' && result.Length == 0)
            {
                continue;
            }
            result.Append(next);
        }
        return result.ToString().TrimEnd();
    }
}
