using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Dialogues.App.Infrastructure.Text;

/// <summary>
/// An allow-list HTML sanitizer on AngleSharp (the feed has no sanitizer package): unknown elements are
/// unwrapped to their text, dangerous ones removed with their content, and only safe attributes kept.
/// </summary>
public static class HtmlSanitizer
{
    private static readonly HashSet<string> Inline = ["a", "em", "strong", "del", "code", "br", "sub", "sup", "mark"];
    private static readonly HashSet<string> Blocks = ["p", "ul", "ol", "li", "blockquote", "pre", "hr", "table", "thead", "tbody", "tr", "th", "td"];
    private static readonly HashSet<string> Headings = ["h2", "h3", "h4", "h5", "h6"];

    // Removed together with everything inside them.
    private static readonly HashSet<string> Dropped = ["script", "style", "iframe", "object", "embed", "svg", "math", "template", "noscript", "form", "input", "button", "textarea", "select", "link", "meta", "base", "frame", "frameset"];

    private static readonly HashSet<string> SafeSchemes = ["http", "https", "mailto"];

    public static string Sanitize(string html, bool allowHeadings)
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument("<body></body>");
        var body = document.Body!;
        body.InnerHtml = html;
        Clean(body, allowHeadings);
        return body.InnerHtml;
    }

    private static void Clean(INode parent, bool allowHeadings)
    {
        foreach (var node in parent.ChildNodes.ToList())
        {
            switch (node)
            {
                case IElement element:
                    CleanElement(element, allowHeadings);
                    break;
                case IText:
                    break;
                default:
                    node.RemoveFromParent();
                    break;
            }
        }
    }

    private static void CleanElement(IElement element, bool allowHeadings)
    {
        var name = element.LocalName;
        if (Dropped.Contains(name))
        {
            element.Remove();
            return;
        }

        // h1 belongs to the page; a Markdown "# Heading" becomes h2.
        if (allowHeadings && name == "h1")
        {
            var replacement = element.Owner!.CreateElement("h2");
            replacement.InnerHtml = element.InnerHtml;
            element.Replace(replacement);
            CleanElement(replacement, allowHeadings);
            return;
        }

        var allowed = Inline.Contains(name) || Blocks.Contains(name) || (allowHeadings && Headings.Contains(name));
        Clean(element, allowHeadings);
        if (!allowed)
        {
            // Keep the words, lose the markup.
            element.Replace([.. element.ChildNodes]);
            return;
        }

        foreach (var attribute in element.Attributes.ToList())
        {
            if (!(name == "a" && attribute.Name == "href"))
            {
                element.RemoveAttribute(attribute.Name);
            }
        }
        if (name == "a")
        {
            var href = element.GetAttribute("href");
            if (!IsSafeLink(href))
            {
                element.RemoveAttribute("href");
            }
            else
            {
                element.SetAttribute("rel", "nofollow ugc noopener noreferrer");
            }
        }
    }

    /// <summary>Absolute http(s)/mailto links, or paths on this site; nothing that can carry script.</summary>
    private static bool IsSafeLink(string? href)
    {
        if (string.IsNullOrWhiteSpace(href) || href.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            return false;
        }
        if (href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal) && !href.StartsWith("/\\", StringComparison.Ordinal))
        {
            return true;
        }
        return Uri.TryCreate(href, UriKind.Absolute, out var uri) && SafeSchemes.Contains(uri.Scheme);
    }
}
