using System.Text.Json;
using Deque.AxeCore.Commons;
using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.Community;
using Dialogues.App.Features.Library;
using Dialogues.App.Features.News;
using Dialogues.App.Features.Practices;
using Dialogues.App.Features.Surveys;
using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dialogues.Tests.Features.Shell;

/// <summary>
/// axe-core's WCAG 2.1 A and AA rules (labels, landmarks, names, contrast, ARIA) over the pages each kind of
/// person uses, on the demo data, so a page that loses a label or its contrast fails here.
/// </summary>
public class AccessibilityBrowserTests(DemoHost host) : BrowserTest<DemoHost>(host)
{
    private static readonly string[] PublicPages =
    [
        "/", "/dialogues", "/dialogues/{dialogue}", "/recommendations", "/recommendations/{recommendation}",
        "/recommendations/scorecard", "/problems", "/problems/{problem}", "/problems/stats", "/acts", "/acts/{act}",
        "/legality", "/monitoring", "/monitoring/{policy}", "/events", "/events?period=past", "/events/{event}", "/campaigns", "/campaigns?period=closed",
        "/campaigns/{campaign}", "/acts/{act}/revisions", "/people/{person}", "/terms", "/not-found", "/news", "/news?shelf=archive",
        "/news/{article}", "/practices", "/practices/{practice}", "/library", "/library/folders/{folder}", "/surveys", "/surveys?shelf=closed",
        "/surveys/{survey}", "/surveys/{results}?by=settlement", "/organisations", "/organisations/{organisation}",
    ];

    [Theory]
    [InlineData("bg-BG", 1280)]
    [InlineData("en-GB", 360)]
    public async Task PublicPages_ForAGuest_HaveNoViolations(string locale, int width)
    {
        var page = await NewPageAsync(locale, width);
        if (locale != "bg-BG")
        {
            await page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c={locale}|uic={locale}", Url = Host.BaseUrl }]);
        }

        await AssertNoViolationsAsync(page, [.. PublicPages, "/account/login", "/account/register", "/account/forgot-password"]);
    }

    [Fact]
    public async Task ResidentPages_OnAPhone_HaveNoViolations()
    {
        var page = await NewPageAsync(width: 360);
        await page.LogInAsync("resident@botevgrad.example", DemoAccounts.Password);

        await AssertNoViolationsAsync(page,
        [
            "/dialogues/{dialogue}", "/recommendations/new", "/recommendations/mine", "/problems/new", "/problems/mine",
            "/problems/{problem}", "/acts/{act}", "/monitoring/{policy}", "/events/{event}", "/events/new", "/campaigns/{campaign}", "/campaigns/new", "/news/new", "/news/desk", "/practices/new", "/practices/mine", "/library/new", "/practices/{proposal}", "/surveys/{survey}", "/organisations/new", "/news/{article}", "/notifications", "/notifications/settings",
            "/account/profile", "/account/password", "/account/data", "/moderation/mine", "/moderation/decisions/{decision}",
        ]);
    }

    [Fact]
    public async Task StaffPages_HaveNoViolations()
    {
        await Page.LogInAsync("official@botevgrad.example", DemoAccounts.Password);
        await AssertNoViolationsAsync(Page,
        [
            "/recommendations/inbox", "/recommendations/templates", "/recommendations/{recommendation}", "/problems/department",
            "/dialogues/new", "/acts/new", "/events/new", "/events/{event}", "/dialogues/{dialogue}/edit", "/acts/{act}/edit",
            "/acts/{act}/summary", "/events/{event}/edit", "/news/new", "/news/desk", "/news/{scheduled}", "/news/{scheduled}/edit",
            "/practices/review", "/practices/{proposal}", "/practices/{practice}/edit", "/library/new", "/library/folders/{folder}",
            "/surveys?shelf=drafts", "/surveys/new", "/surveys/{survey}/paper", "/surveys/{results}",
        ]);

        var admin = await NewPageAsync();
        await admin.LogInAsync("admin@botevgrad.example", DemoAccounts.Password);
        await AssertNoViolationsAsync(admin,
        [
            "/moderation", "/moderation/appeals", "/moderation/dashboard", "/recommendations/screening", "/admin/users",
            "/admin/audit", "/admin/reference-data", "/admin/problem-categories", "/monitoring/manage", "/organisations/{organisation}", "/organisations/{organisation}/edit",
        ]);
    }

    [Fact]
    public async Task FormsOpenedOnAPage_HaveNoViolations()
    {
        var page = await NewPageAsync(width: 360);
        await page.LogInAsync("resident@botevgrad.example", DemoAccounts.Password);
        var ids = await DemoIdsAsync();
        await page.GotoInteractiveAsync($"/dialogues/{ids["dialogue"]}");

        // A reply form and a flag form, open beside a comment.
        var comment = page.Locator("article.comment").First;
        await comment.GetByRole(AriaRole.Button, new() { Name = "Отговори" }).ClickAsync();
        await comment.GetByRole(AriaRole.Button, new() { Name = "Сигнализирай" }).ClickAsync();
        await Expect(comment.GetByRole(AriaRole.Form, new() { Name = "Сигнал към модераторите" })).ToBeVisibleAsync();
        await Expect(comment.GetByRole(AriaRole.Button, new() { Name = "Отговори" })).ToHaveAttributeAsync("aria-expanded", "true");

        var report = new List<string>();
        await ScanAsync(page, "/dialogues/{dialogue} with the reply and flag forms open", report);

        // A confirmation dialog (MudBlazor's), asked before one's own comment is deleted.
        var author = await Host.CreateUserAsync("Автор Диалог");
        await Features.DialogueSpaces.DialogueSpacesCast.CommentAsync(Host, author, new Dialogues.Domain.DialogueSpaces.DialogueId(ids["dialogue"]), "Коментар за изтриване.");
        var authorPage = await NewPageAsync(width: 360);
        await authorPage.LogInAsync(author);
        await authorPage.GotoInteractiveAsync($"/dialogues/{ids["dialogue"]}");
        await authorPage.Locator("article.comment").Filter(new() { HasText = "Коментар за изтриване." }).GetByRole(AriaRole.Button, new() { Name = "Изтрий" }).ClickAsync();
        await Expect(authorPage.GetByRole(AriaRole.Dialog)).ToContainTextAsync("Да изтрием ли коментара?");
        await ScanAsync(authorPage, "/dialogues/{dialogue} with the delete confirmation open", report);
        Assert.True(report.Count == 0, string.Join(Environment.NewLine, report));
    }

    [Fact]
    public async Task TheScan_FindsAFieldWithoutALabel_AndAPageThatScrollsSideways()
    {
        await Page.GotoInteractiveAsync("/terms");
        await Page.EvaluateAsync("() => document.querySelector('main').insertAdjacentHTML('beforeend', '<input type=\"text\"><div style=\"width: 3000px\">wide</div>')");

        var report = new List<string>();
        await ScanAsync(Page, "/terms", report);

        Assert.Contains(report, line => line.StartsWith("/terms: label (critical)", StringComparison.Ordinal));
        Assert.Contains("/terms: the page scrolls sideways", report);
    }

    private async Task AssertNoViolationsAsync(IPage page, IReadOnlyList<string> paths)
    {
        var ids = await DemoIdsAsync();
        var report = new List<string>();
        foreach (var path in paths)
        {
            var url = ids.Aggregate(path, (p, id) => p.Replace($"{{{id.Key}}}", id.Value.ToString()));
            await page.GotoAsync(url);
            if (!path.StartsWith("/account/", StringComparison.Ordinal))
            {
                // Account pages render statically (they set cookies); every other page is checked once live.
                await page.WaitForInteractiveAsync();
            }
            await ScanAsync(page, path, report);
        }
        Assert.True(report.Count == 0, string.Join(Environment.NewLine, report));
    }

    /// <summary>The page as it is now: axe's WCAG rules, untranslated keys, and no sideways scrolling.</summary>
    private static async Task ScanAsync(IPage page, string path, List<string> report)
    {
        report.AddRange((await AxeViolationsAsync(page)).Select(v => $"{path}: {v.Id} ({v.Impact}) {v.Help} at {string.Join(", ", v.Nodes)}"));
        report.AddRange((await UntranslatedKeysAsync(page)).Select(key => $"{path}: no text for the resource key {key}"));
        // WCAG 1.4.10 (reflow): wide tables scroll in their own region; the page itself never scrolls sideways.
        // Checked in DejaVu Sans (installed with the tests' Chromium), wider than the Arial look-alike some
        // machines have, so the verdict does not depend on the fonts of the machine that runs it (icons are SVG).
        await page.AddStyleTagAsync(new() { Content = "* { font-family: 'DejaVu Sans' !important; }" });
        if (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth"))
        {
            report.Add($"{path}: the page scrolls sideways");
        }
    }

    /// <summary>axe-core as Deque.AxeCore bundles it, with the WCAG 2.1 A and AA rules.</summary>
    private static readonly string AxeSource = new BundledAxeScriptProvider().GetScript();

    private sealed record AxeViolation(string Id, string? Impact, string Help, string[] Nodes);

    /// <summary>
    /// axe-core run in the page itself. Deque's RunAxe finishes each run in a new blank page (for cross-origin frames,
    /// which these pages do not have), and that took two to three seconds a page, several times the scan itself.
    /// </summary>
    private static async Task<AxeViolation[]> AxeViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(AxeSource);
        }
        var violations = await page.EvaluateAsync<string>("""
            async () => JSON.stringify((await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                resultTypes: ['violations'],
            })).violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.html) })))
            """);
        return JsonSerializer.Deserialize<AxeViolation[]>(violations, JsonSerializerOptions.Web)!;
    }

    // A localizer shows the key itself when a text is missing (e.g. "Job.closing" for a job added without a name).
    private static Task<string[]> UntranslatedKeysAsync(IPage page) => page.EvaluateAsync<string[]>("""
        () => {
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            const keys = [];
            while (walker.nextNode()) {
                const text = walker.currentNode.textContent.trim();
                if (/^[A-Z][A-Za-z]+(\.[A-Za-z][\w-]*)+$/.test(text)) keys.push(text);
            }
            return keys;
        }
        """);

    private async Task<Dictionary<string, Guid>> DemoIdsAsync()
    {
        await using var db = Host.Db();
        return new Dictionary<string, Guid>
        {
            ["dialogue"] = (await db.Dialogues.OrderBy(d => d.Title).FirstAsync(d => d.PublishedAt != null)).Id.Value,
            ["recommendation"] = (await db.Recommendations.FirstAsync(r => r.Decision != null)).Id.Value,
            ["problem"] = (await db.ProblemReports.OrderBy(r => r.Number).FirstAsync()).Id.Value,
            ["act"] = (await db.ConsultationComments.Select(c => c.ActId).FirstAsync()).Value,
            ["policy"] = (await db.MonitoredPolicies.FirstAsync(p => p.IsMonitored)).Id.Value,
            ["campaign"] = (await db.Campaigns.OrderByDescending(c => c.ClosesOn).FirstAsync()).Id.Value,
            ["decision"] = (await db.ModerationDecisions.FirstAsync(d => d.AppealedAt != null)).Id,
            ["person"] = (await db.Users.SingleAsync(u => u.Email == DemoAccounts.Resident.Email)).Id,
            ["article"] = (await db.Articles.FirstAsync(a => a.Voice == Dialogues.Domain.News.ArticleVoice.Organisation)).Id.Value,
            ["practice"] = (await db.Practices.OrderByDescending(p => p.WantCount).FirstAsync(p => p.PublishedAt != null)).Id.Value,
            ["proposal"] = (await db.Practices.FirstAsync(p => p.PublishedAt == null)).Id.Value,
            ["folder"] = (await db.LibraryFolders.FirstAsync(f => f.Organisation == null && f.PlaceItemId == null)).Id.Value,
            ["organisation"] = (await db.Organisations.FirstAsync(o => o.Name == OrganisationsDemoSeeder.NgoName)).Id.Value,
            ["survey"] = (await db.Surveys.FirstAsync(s => s.Title == SurveysDemoSeeder.OpenSurveyTitle)).Id.Value,
            ["results"] = (await db.Surveys.FirstAsync(s => s.Title == FoundingSurvey.Title)).Id.Value,
            ["scheduled"] = (await db.Articles.FirstAsync(a => a.PublishAt != null && a.PublishedAt == null)).Id.Value,
            // The one whose page shows the most: seats, registrations and, to staff, the list of who is coming.
            ["event"] = (await db.Meetings.Where(e => e.CancelledAt == null && e.Capacity != null).OrderByDescending(e => e.Attendance).FirstAsync()).Id.Value,
        };
    }
}
