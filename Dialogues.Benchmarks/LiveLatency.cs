using Dialogues.App.Features.DialogueSpaces;
using Dialogues.Domain.DialogueSpaces;
using Dialogues.Tests.Support;
using Microsoft.Playwright;

namespace Dialogues.Benchmarks;

/// <summary>
/// Opens pages on a dialogue in one Chromium, then supports and withdraws a proposal repeatedly; each page notes
/// (by its own clock, the machine's) when the proposal's count text changes.
/// </summary>
internal static class LiveLatency
{
    public static async Task<List<double>> MeasureAsync(AppHost host, DialogueId dialogue, int pages, int votes)
    {
        ProposalId? proposal = null;
        var context = await Browser.NewContextAsync(host.BaseUrl, height: 2000);
        var opened = new List<IPage>();
        for (var i = 0; i < pages; i++)
        {
            var page = await context.NewPageAsync();
            await page.GotoInteractiveAsync($"/dialogues/{dialogue}");
            // Watch a proposal every page shows (the first of the list).
            proposal ??= new ProposalId(Guid.Parse((await page.GetAttributeAsync("[data-proposal]", "data-proposal"))!));
            await page.EvaluateAsync(WatchScript, proposal.Value.Value.ToString());
            opened.Add(page);
        }
        var voter = (await host.CreateResidentsAsync(1))[0];
        var samples = new List<double>();
        for (var vote = 0; vote < votes; vote++)
        {
            foreach (var page in opened)
            {
                await page.EvaluateAsync("() => window.__changes = []");
            }
            var started = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            await using (var scope = host.As(voter))
            {
                var service = scope.Get<ProposalsService>();
                await (vote % 2 == 0 ? service.SupportAsync(proposal!.Value) : service.WithdrawSupportAsync(proposal!.Value));
            }
            foreach (var page in opened)
            {
                await page.WaitForFunctionAsync("() => window.__changes.length > 0");
                var seen = await page.EvaluateAsync<double>("() => window.__changes[0]");
                samples.Add(seen - started);
            }
        }
        await context.CloseAsync();
        return samples;
    }

    private const string WatchScript = """
        id => {
            window.__changes = [];
            const target = document.querySelector(`[data-proposal="${id}"]`);
            new MutationObserver(() => window.__changes.push(Date.now()))
                .observe(target, { subtree: true, childList: true, characterData: true });
        }
        """;
}
