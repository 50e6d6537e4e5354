using Dialogues.App.Features.Moderation;
using Dialogues.Domain.Moderation;
using Dialogues.Tests.Support;
using static Dialogues.Tests.Features.Moderation.ModerationCast;

namespace Dialogues.Tests.Features.Moderation;

public sealed class DashboardHost : AppHost;

/// <summary>The dashboard's numbers from a known history on its own database.</summary>
public class DashboardTests(DashboardHost host) : IClassFixture<DashboardHost>
{
    [Fact]
    public async Task Stats_CountOpenItemsMedianFirstActionAndActionsByWeek()
    {
        var cast = await CreateAsync(host);
        var quick = await cast.CommentAsync(host, "Първи сигнализиран коментар.");
        var slow = await cast.CommentAsync(host, "Втори сигнализиран коментар.");
        var waiting = await cast.CommentAsync(host, "Трети, все още непрегледан коментар.");
        await cast.FlagByAllAsync(host, quick);
        await cast.FlagByAllAsync(host, slow);
        await cast.FlagByAllAsync(host, waiting);

        host.Clock.Advance(TimeSpan.FromMinutes(30));
        await ClaimAndActAsync(host, cast.FirstModerator, quick, new ModerationRequest(ModerationActionKind.Hide, "InsultOrHate", null));
        host.Clock.Advance(TimeSpan.FromMinutes(60));
        await ClaimAndActAsync(host, cast.FirstModerator, slow, new ModerationRequest(ModerationActionKind.DismissFlags, "NoViolation", null));

        await using var scope = host.As(cast.SecondModerator);
        var stats = await scope.Get<ModerationDashboard>().StatsAsync();

        Assert.Equal(1, stats.OpenItems);
        Assert.Equal(1, stats.HiddenPendingReview);
        Assert.Equal(TimeSpan.FromMinutes(60), stats.MedianTimeToFirstAction);
        Assert.Equal(2, stats.CasesMeasured);
        Assert.Equal(ModerationDashboard.Weeks, stats.ActionsByWeek.Count);
        var thisWeek = stats.ActionsByWeek[^1];
        Assert.Equal(3, thisWeek.Of(ModerationActionKind.AutoHide));
        Assert.Equal(1, thisWeek.Of(ModerationActionKind.Hide));
        Assert.Equal(1, thisWeek.Of(ModerationActionKind.DismissFlags));
    }
}
