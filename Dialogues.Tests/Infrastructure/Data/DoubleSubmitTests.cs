using Dialogues.Tests.Features.Campaigns;
using Dialogues.Tests.Features.Meetings;
using Dialogues.Tests.Features.Problems;
using Dialogues.Tests.Features.Recommendations;
using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.Tests.Infrastructure.Data;

/// <summary>
/// A form sent twice (a double click, a retry after a dropped connection) creates its item once: the form names the
/// item it creates, and the server finds the first instead of making a twin, however close together the two arrive.
/// </summary>
public class DoubleSubmitTests(AppHost host) : IClassFixture<AppHost>
{
    /// <summary>The same submission sent twice at the same instant, each on a thread of its own.</summary>
    private static async Task<T[]> TwiceAtOnceAsync<T>(Func<Guid, Task<T>> submit)
    {
        var submission = Guid.NewGuid();
        return await Task.WhenAll(Task.Run(() => submit(submission)), Task.Run(() => submit(submission)));
    }

    [Fact]
    public async Task AProblemReport_SentTwice_IsFiledOnce()
    {
        var cast = await ProblemsCast.CreateAsync(host);

        var ids = await TwiceAtOnceAsync(submission => cast.ReportAsync(host, cast.Draft(title: "Двоен клик по сигнал"), submission: submission));

        Assert.Single(ids.Distinct());
        await using var db = host.Db();
        Assert.Equal(1, await db.ProblemReports.CountAsync(r => r.Title == "Двоен клик по сигнал"));
    }

    [Fact]
    public async Task ARecommendation_SentTwice_IsRegisteredOnce()
    {
        var cast = await RecommendationsCast.CreateAsync(host);

        var ids = await TwiceAtOnceAsync(submission => cast.SubmitAsync(host, "Двоен клик по препоръка", submission));

        Assert.Single(ids.Distinct());
        await using var db = host.Db();
        Assert.Equal(1, await db.Recommendations.CountAsync(r => r.Title == "Двоен клик по препоръка"));
    }

    [Fact]
    public async Task ACampaign_StartedTwice_IsStartedOnce()
    {
        var author = await host.CreateUserAsync("Организатор Бърз");

        var ids = await TwiceAtOnceAsync(submission => CampaignsCast.StartAsync(host, author, "Двоен клик по кампания", submission: submission));

        Assert.Single(ids.Distinct());
        await using var db = host.Db();
        Assert.Equal(1, await db.Campaigns.CountAsync(c => c.Title == "Двоен клик по кампания"));
    }

    [Fact]
    public async Task AnEvent_AnnouncedTwice_IsAnnouncedOnce()
    {
        var cast = await MeetingsCast.CreateAsync(host);

        var ids = await TwiceAtOnceAsync(submission => cast.AnnounceAsync(host, "Двоен клик по събитие", submission: submission));

        Assert.Single(ids.Distinct());
        await using var db = host.Db();
        Assert.Equal(1, await db.Meetings.CountAsync(e => e.Title == "Двоен клик по събитие"));
    }
}
