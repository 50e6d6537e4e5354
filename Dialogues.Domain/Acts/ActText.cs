using System.Text.RegularExpressions;

namespace Dialogues.Domain.Acts;

/// <summary>One addressable paragraph of an act's text: numbered from 1, labelled by its article when it starts one.</summary>
public sealed record ActParagraph(int Number, string Text, string? Article);

/// <summary>Splits an act's Markdown text into the paragraphs residents comment on.</summary>
public static partial class ActText
{
    public static IReadOnlyList<ActParagraph> Paragraphs(string? text) =>
        ParagraphBreak().Split(text?.Replace("\r\n", "\n") ?? "")
            .Select(p => p.Trim())
            .Where(p => p.Length > 0)
            .Select((p, i) => new ActParagraph(i + 1, p, ArticleOf(p)))
            .ToList();

    private static string? ArticleOf(string paragraph) => Article().Match(paragraph) is { Success: true } match ? match.Groups["label"].Value : null;

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex ParagraphBreak();

    // "Чл. 3.", "Чл. 12а", "§ 1." — the article or paragraph sign a Bulgarian act numbers its provisions with.
    [GeneratedRegex(@"^\**(?<label>(Чл\.|чл\.|§)\s*\d+[а-я]?)")]
    private static partial Regex Article();
}
