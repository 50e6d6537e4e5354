using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Dialogues.App.Infrastructure.Text;

namespace Dialogues.Tests.Infrastructure.Text;

/// <summary>Whatever people type, the HTML we render carries no script, no handler and no dangerous link.</summary>
public class SanitizerTests
{
    private static readonly MarkdownRenderer Renderer = new();

    public static TheoryData<string> Attacks() =>
    [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)><circle/></svg>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<a href=\"javascript:alert(1)\">click</a>",
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](java\tscript:alert(1))",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[click](vbscript:msgbox(1))",
        "![x](javascript:alert(1))",
        "![x](data:image/svg+xml,<svg onload=alert(1)>)",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<p onclick=\"alert(1)\">text</p>",
        "<b><i><u onmouseover=alert(1)>nested</u></i></b>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<form action=\"https://evil.example\"><input name=x><button>go</button></form>",
        "<object data=\"javascript:alert(1)\"></object><embed src=x>",
        "<a href=\"&#106;avascript:alert(1)\">entity</a>",
        "<a href=\"//evil.example\">protocol-relative</a>",
        "<<script>script>alert(1)<</script>/script>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
        "<template><script>alert(1)</script></template>",
        "<base href=\"javascript:alert(1)//\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<table><tr><td background=\"javascript:alert(1)\">cell</td></tr></table>",
        "<a href=\"https://example.org\" target=\"_blank\" onfocus=\"alert(1)\" autofocus>ok</a>",
        "```\n<script>alert(1)</script>\n```",
        "`<img src=x onerror=alert(1)>`",
    ];

    [Theory]
    [MemberData(nameof(Attacks))]
    public void Comment_NeverYieldsExecutableOutput(string input) => AssertInert(Renderer.RenderComment(input));

    [Theory]
    [MemberData(nameof(Attacks))]
    public void Document_NeverYieldsExecutableOutput(string input) => AssertInert(Renderer.RenderDocument(input));

    [Fact]
    public void SafeMarkdown_KeepsItsMeaning()
    {
        var html = Renderer.RenderComment("**важно** и *наклонено*\n\n- едно\n- две\n\n[общината](https://botevgrad.bg)");

        Assert.Contains("<strong>важно</strong>", html);
        Assert.Contains("<em>наклонено</em>", html);
        Assert.Contains("<li>едно</li>", html);
        Assert.Contains("href=\"https://botevgrad.bg\"", html);
        Assert.Contains("rel=\"nofollow ugc noopener noreferrer\"", html);
    }

    // Markdown escapes typed HTML; the sanitizer is the second line, so it is tried on raw HTML too.
    [Fact]
    public void UnknownMarkup_KeepsItsWords_CodeAndControlsLoseTheirsToo()
    {
        var html = HtmlSanitizer.Sanitize(
            "<p><span class=\"x\">думи</span> <script>alert('скрипт')</script><button>бутон</button>"
            + "<a href=\"/terms\" title=\"t\">правилата</a> <a href=\"//evil.example\">другаде</a></p>", allowHeadings: false);

        Assert.Equal("<p>думи <a href=\"/terms\" rel=\"nofollow ugc noopener noreferrer\">правилата</a> <a>другаде</a></p>", html);
    }

    [Fact]
    public void Comment_HasNoHeadings_DocumentTurnsH1IntoH2()
    {
        Assert.DoesNotContain("<h", Renderer.RenderComment("# Викам силно"));
        var document = Renderer.RenderDocument("# Заглавие\n## Подзаглавие");
        Assert.DoesNotContain("<h1", document);
        Assert.Contains("<h2>Заглавие</h2>", document);
    }

    private static readonly HashSet<string> AllowedElements =
        ["p", "a", "em", "strong", "del", "code", "br", "sub", "sup", "mark", "ul", "ol", "li", "blockquote", "pre", "hr", "table", "thead", "tbody", "tr", "th", "td", "h2", "h3", "h4", "h5", "h6"];

    private static void AssertInert(string html)
    {
        var document = new HtmlParser().ParseDocument($"<body>{html}</body>");
        foreach (var element in document.Body!.Descendants<IElement>())
        {
            Assert.Contains(element.LocalName, AllowedElements);
            foreach (var attribute in element.Attributes)
            {
                Assert.Contains(attribute.Name, (string[])["href", "rel"]);
            }
            if (element.GetAttribute("href") is { } href)
            {
                Assert.True(href.StartsWith("https://", StringComparison.Ordinal) || href.StartsWith("http://", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.Ordinal) || (href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal)), $"unsafe link: {href}");
            }
        }
        // Markup typed as text stays visible text (escaped), which is harmless; only real elements and attributes matter.
    }
}
