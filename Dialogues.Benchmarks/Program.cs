using System.Diagnostics;
using System.Text;
using Dialogues.Benchmarks;
using Dialogues.Domain.Participants;
using Dialogues.Tests.Features.DialogueSpaces;
using Dialogues.Tests.Support;

// Page render and live-update latency of a big dialogue, measured on the real app, database and browser.
var host = new AppHost();
await host.InitializeAsync();
try
{
    var report = new StringBuilder();
    var official = await host.CreateUserAsync("Служител", [Role.Official]);
    var dialogue = await DialogueSpacesCast.OpenAsync(host, official, "Голям диалог", votingIn: TimeSpan.FromHours(1));
    var (comments, proposals) = await BigDialogue.FillAsync(host, dialogue, commentCount: 2000, proposalCount: 200);
    host.Clock.Advance(TimeSpan.FromHours(2));
    Console.WriteLine($"Seeded {comments} comments and {proposals.Count} proposals.");
    if (args is ["memory"])
    {
        // Only the memory figure, printed, for comparing two versions of the app; the document stays as it is.
        Console.WriteLine($"Managed heap per dialogue circuit: {await CircuitMemory.MeasureKilobytesAsync(host, dialogue, 30):0} KB");
        return;
    }

    // 1. Server prerender of the dialogue page.
    using var http = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
    for (var i = 0; i < 5; i++)
    {
        await http.GetStringAsync($"/dialogues/{dialogue}");
    }
    var renders = new List<double>();
    var bytes = 0;
    for (var i = 0; i < 50; i++)
    {
        var watch = Stopwatch.StartNew();
        var html = await http.GetStringAsync($"/dialogues/{dialogue}");
        renders.Add(watch.Elapsed.TotalMilliseconds);
        bytes = Encoding.UTF8.GetByteCount(html);
    }
    report.AppendLine(Stats.Line($"Prerender of a dialogue page ({comments} comments, {proposals.Count} proposals; {bytes / 1024} KB of HTML), 50 requests", renders));

    // 2. One vote reaching 20 open pages.
    var latencies = await LiveLatency.MeasureAsync(host, dialogue, pages: 20, votes: 20);
    report.AppendLine(Stats.Line("From one support to the new count in 20 open pages (one Chromium), 20 votes × 20 pages", latencies));

    // 3. Server memory per open dialogue page.
    const int circuits = 30;
    var perCircuit = await CircuitMemory.MeasureKilobytesAsync(host, dialogue, circuits);
    report.AppendLine($"| Managed heap kept per open dialogue page (one circuit), {circuits} pages | {perCircuit:0} KB | | |");

    var path = Path.Combine(SolutionFolder.Find("docs"), "benchmarks.md");
    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    // Notes kept by hand (figures from earlier versions) follow the table and survive a new run.
    const string historyMark = "## History";
    var previous = File.Exists(path) ? await File.ReadAllTextAsync(path) : "";
    var history = previous.Contains(historyMark, StringComparison.Ordinal) ? previous[previous.IndexOf(historyMark, StringComparison.Ordinal)..] : "";
    var document = $"""
        # Benchmarks

        Measured by `dotnet run --project Dialogues.Benchmarks -c Release` on {DateTime.UtcNow:yyyy-MM-dd}
        ({Environment.ProcessorCount} cores, SQLite on a temp file, Kestrel on 127.0.0.1, Debian's Chromium headless).
        The app, the database and the browser share the machine, so these are upper bounds for one small server.

        | measurement | p50 | p95 | max |
        |---|---|---|---|
        {report}
        {history}
        """;
    await File.WriteAllTextAsync(path, document);
    Console.WriteLine(document);
}
finally
{
    await host.DisposeAsync();
}
