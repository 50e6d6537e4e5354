using Markdig;

namespace Dialogues.App.Infrastructure.Text;

/// <summary>
/// Turns user Markdown into safe HTML: Markdig never passes raw HTML through, and the result still goes
/// through the allow-list sanitizer, so no script, event attribute or javascript:/data: link survives.
/// </summary>
public sealed class MarkdownRenderer
{
    // Documents (dialogue bodies, acts): headings, lists, tables, links.
    private static readonly MarkdownPipeline Document = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .Build();

    // Comments: a small subset; headings and tables would let one comment shout over the thread.
    private static readonly MarkdownPipeline Comment = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UseSoftlineBreakAsHardlineBreak()
        .DisableHeadings()
        .Build();

    public string RenderDocument(string? markdown) => HtmlSanitizer.Sanitize(Markdown.ToHtml(markdown ?? "", Document), allowHeadings: true);

    public string RenderComment(string? markdown) => HtmlSanitizer.Sanitize(Markdown.ToHtml(markdown ?? "", Comment), allowHeadings: false);

    /// <summary>The text of a comment without its Markdown, cut to <paramref name="max"/> characters, for lists (shown encoded).</summary>
    public static string Excerpt(string? markdown, int max)
    {
        var text = string.Join(' ', Markdown.ToPlainText(markdown ?? "", Comment).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1).TrimEnd(), "…");
    }
}
