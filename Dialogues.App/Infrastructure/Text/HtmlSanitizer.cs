using AngleSharp.Dom;

namespace Dialogues.App.Infrastructure.Text;

/// <summary>
/// The allow-list for the HTML that Markdown produces, applied by Ganss.Xss's HtmlSanitizer: unknown elements are
/// unwrapped to their text, elements that carry code or forms go with their content, only links keep an attribute.
/// </summary>
public static class HtmlSanitizer
{
    private static readonly string[] Inline = ["a", "em", "strong", "del", "code", "br", "sub", "sup", "mark"];
    private static readonly string[] Blocks = ["p", "ul", "ol", "li", "blockquote", "pre", "hr", "table", "thead", "tbody", "tr", "th", "td"];

    // h1 belongs to the page: a Markdown "# Heading" in a document becomes h2.
    private static readonly string[] Headings = ["h1", "h2", "h3", "h4", "h5", "h6"];

    // Removed together with everything inside them, where other unknown elements keep their words.
    private static readonly HashSet<string> Dropped = ["script", "style", "iframe", "object", "embed", "svg", "math", "template", "noscript", "form", "input", "button", "textarea", "select", "link", "meta", "base", "frame", "frameset"];

    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    private const string LinkRel = "nofollow ugc noopener noreferrer";

    private static readonly Ganss.Xss.HtmlSanitizer Documents = Create(allowHeadings: true);
    private static readonly Ganss.Xss.HtmlSanitizer Comments = Create(allowHeadings: false);

    public static string Sanitize(string html, bool allowHeadings) => (allowHeadings ? Documents : Comments).Sanitize(html);

    private static Ganss.Xss.HtmlSanitizer Create(bool allowHeadings)
    {
        var sanitizer = new Ganss.Xss.HtmlSanitizer(new Ganss.Xss.HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>([.. Inline, .. Blocks, .. allowHeadings ? Headings : []]),
            AllowedAttributes = new HashSet<string> { "href" },
            UriAttributes = new HashSet<string> { "href" },
            AllowedSchemes = new HashSet<string>(AllowedSchemes),
            AllowedCssProperties = new HashSet<string>(),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        })
        {
            KeepChildNodes = true,
        };
        sanitizer.RemovingTag += (_, removing) =>
        {
            if (Dropped.Contains(removing.Tag.LocalName))
            {
                removing.Tag.InnerHtml = "";
            }
        };
        // The library keeps any relative link; here only paths on this site are, never "//host" or "/\host".
        sanitizer.FilterUrl += (_, filter) =>
        {
            if (filter.SanitizedUrl is { } url && !HasAllowedScheme(url) && !IsSitePath(url))
            {
                filter.SanitizedUrl = null;
            }
        };
        sanitizer.PostProcessNode += (_, processed) =>
        {
            if (processed.Node is not IElement element)
            {
                return;
            }
            if (element.LocalName == "a" && element.HasAttribute("href"))
            {
                element.SetAttribute("rel", LinkRel);
            }
            if (element.LocalName == "h1")
            {
                var heading = element.Owner!.CreateElement("h2");
                heading.Append([.. element.ChildNodes]);
                processed.ReplacementNodes.Add(heading);
            }
        };
        return sanitizer;
    }

    // The library let a URL with a scheme through only for these; what has none is relative.
    private static bool HasAllowedScheme(string url) =>
        AllowedSchemes.Any(scheme => url.StartsWith(scheme + ":", StringComparison.OrdinalIgnoreCase));

    private static bool IsSitePath(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
        && !url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c));
}
