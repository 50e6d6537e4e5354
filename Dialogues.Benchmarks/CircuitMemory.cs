using Dialogues.Domain.DialogueSpaces;
using Dialogues.Tests.Support;
using Microsoft.Playwright;

namespace Dialogues.Benchmarks;

/// <summary>
/// Managed memory that each open dialogue page (one circuit) keeps on the server: the heap after a full collection
/// with the pages open, less the heap before they opened, divided by the number of pages. The app runs in this
/// process, so the figure is the server's; the browser is another process.
/// </summary>
internal static class CircuitMemory
{
    public static async Task<double> MeasureKilobytesAsync(AppHost host, DialogueId dialogue, int circuits)
    {
        var context = await Browser.NewContextAsync(host.BaseUrl, height: 2000);
        // One page first, so what every circuit shares (caches, compiled queries) is in the baseline.
        var warm = await context.NewPageAsync();
        await warm.GotoInteractiveAsync($"/dialogues/{dialogue}");
        var before = Settled();
        var pages = new List<IPage>();
        for (var i = 0; i < circuits; i++)
        {
            var page = await context.NewPageAsync();
            await page.GotoInteractiveAsync($"/dialogues/{dialogue}");
            pages.Add(page);
        }
        var after = Settled();
        await context.CloseAsync();
        return (after - before) / 1024.0 / circuits;
    }

    private static long Settled()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
