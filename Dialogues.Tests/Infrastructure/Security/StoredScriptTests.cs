using Dialogues.Domain.Problems;
using Dialogues.Tests.Features.Problems;
using Dialogues.Tests.Support;
using Microsoft.Playwright;
using MimeKit;
using static Microsoft.Playwright.Assertions;

namespace Dialogues.Tests.Infrastructure.Security;

/// <summary>
/// Markup that people store in what they write must stay text everywhere it travels: the map's markers, tooltips and
/// popups, pages, the bell and emails. Every payload marks the element it would create with <c>data-xss</c> and
/// would call <c>alert</c>, so a page fails on a created element as well as on a run script.
/// </summary>
public class StoredScriptTests(AppHost host) : BrowserTest<AppHost>(host)
{
    private static readonly string[] Payloads =
    [
        "<img src=x onerror=alert(1) data-xss>",
        "<svg onload=alert(2) data-xss>",
        "<details open ontoggle=alert(3) data-xss>",
        "\"><script data-xss>alert(4)</script>",
        "<iframe srcdoc=\"<script>parent.alert(5)</script>\" data-xss></iframe>",
        "<a href=\"javascript:alert(6)\" data-xss>връзка</a>",
    ];

    [Fact]
    public async Task PayloadsInProblemReports_ShowAsText_OnTheMapPagesBellAndEmail_ForGuestsResidentsAndStaff()
    {
        var cast = await ProblemsCast.CreateAsync(Host);
        var reports = new List<(ProblemReportId Id, string Title)>();
        foreach (var payload in Payloads)
        {
            var title = $"{payload} лампа";
            var id = await cast.ReportAsync(Host, cast.Draft(title: title, description: $"Описание {payload} с подробности.") with { Address = payload });
            await cast.MoveAsync(Host, id, ProblemStatus.Confirmed, $"Бележка {payload}");
            reports.Add((id, title));
        }

        var guest = await WatchedPageAsync(null);
        var resident = await WatchedPageAsync(cast.Resident);
        var official = await WatchedPageAsync(cast.Official);

        foreach (var page in new[] { guest, resident, official })
        {
            await VisitAsync(page, "/problems");
            await VisitAsync(page, "/");
            foreach (var (id, title) in reports)
            {
                await VisitAsync(page, $"/problems/{id}");
                // The marker's tooltip and popup carry the title as text, exactly as it was written.
                var marker = page.Locator(".problem-map path.leaflet-interactive");
                await marker.HoverAsync();
                await Expect(page.Locator(".leaflet-tooltip")).ToContainTextAsync(title);
                await marker.ClickAsync();
                await Expect(page.Locator(".leaflet-popup-content a")).ToContainTextAsync(title);
                await AssertNothingRanAsync(page);
            }
        }
        await VisitAsync(resident, "/notifications");
        await Expect(resident.GetByText(reports[0].Title, new() { Exact = false }).First).ToBeVisibleAsync();
        await VisitAsync(official, "/notifications");
        await VisitAsync(official, "/problems/department");

        var mails = Directory.GetFiles(Host.MailFolder, "*.eml").Select(path =>
        {
            using var message = MimeMessage.Load(path);
            return message.HtmlBody ?? "";
        }).ToList();
        Assert.Contains(mails, html => html.Contains("&lt;img src=x onerror=alert(1) data-xss&gt;", StringComparison.Ordinal));
        Assert.All(mails, html => Assert.DoesNotContain("data-xss>", html, StringComparison.Ordinal));
    }

    private async Task<IPage> WatchedPageAsync(TestUser? user)
    {
        var page = await NewPageAsync();
        var ran = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            lock (ran)
            {
                ran.Add($"{page.Url}: {dialog.Message}");
            }
            await dialog.DismissAsync();
        };
        Ran[page] = ran;
        if (user is not null)
        {
            await page.LogInAsync(user);
        }
        return page;
    }

    private Dictionary<IPage, List<string>> Ran { get; } = [];

    private async Task VisitAsync(IPage page, string url)
    {
        await page.GotoInteractiveAsync(url);
        await AssertNothingRanAsync(page);
    }

    private async Task AssertNothingRanAsync(IPage page)
    {
        Assert.Equal(0, await page.Locator("[data-xss]").CountAsync());
        lock (Ran[page])
        {
            Assert.Empty(Ran[page]);
        }
    }
}
