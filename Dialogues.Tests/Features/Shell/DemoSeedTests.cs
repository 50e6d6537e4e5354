using Dialogues.Domain.Moderation;
using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.Tests.Features.Shell;

public sealed class DemoHost : AppHost
{
    protected override IEnumerable<string> Settings => ["Demo:Seed=true"];
}

/// <summary>The README's first command seeds demo data; every feature's seeder runs, in order, without failing.</summary>
public class DemoSeedTests(DemoHost host) : IClassFixture<DemoHost>
{
    [Fact]
    public async Task DemoSeed_FillsEveryFeature()
    {
        await using var db = host.Db();

        Assert.True(await db.Users.CountAsync() >= 6);
        Assert.True(await db.Dialogues.CountAsync() >= 2);
        Assert.True(await db.Comments.AnyAsync());
        Assert.True(await db.Recommendations.AnyAsync(r => r.Number != null));
        Assert.True(await db.ModerationCases.CountAsync(c => c.Status == CaseStatus.Open) >= 2);
        Assert.True(await db.ModerationDecisions.AnyAsync(d => d.AppealedAt != null && d.AppealDecidedAt == null));
        Assert.True(await db.ConsultationComments.AnyAsync());
        Assert.True(await db.Acts.AnyAsync(a => a.LegalityFlagCount > 0));
        Assert.Equal(5, await db.MonitoredPolicies.CountAsync(p => p.IsMonitored));
        Assert.True(await db.Indicators.CountAsync() >= 5);
        Assert.True(await db.Evaluations.AnyAsync());
        var states = await db.ProblemReports.Select(r => r.Status).Distinct().ToListAsync();
        Assert.Equal(Enum.GetValues<Dialogues.Domain.Problems.ProblemStatus>().Order(), states.Order());
        Assert.True(await db.ProblemReports.Select(r => r.SettlementId).Distinct().CountAsync() >= 5);
        Assert.True(await db.Campaigns.AnyAsync(c => c.GoalReachedAt != null && c.RecommendationId == null && c.SignatureCount >= c.Goal));
    }

    [Fact]
    public async Task DemoSeed_ShowsAConsultationAndTheLegalityWatch()
    {
        using var client = new HttpClient();

        Assert.Contains("Проект № 2/2026", await client.GetStringAsync(host.Url("/acts")));
        Assert.Contains("Консултация, по-кратка от 14 дни", await client.GetStringAsync(host.Url("/legality")));
    }

    [Fact]
    public async Task DemoSeed_HomePageListsOpenDialoguesConsultationsAndRounds()
    {
        using var client = new HttpClient();
        var page = await client.GetStringAsync(host.Url("/"));

        Assert.Contains("Велоалеи в центъра на Ботевград", page);
        Assert.Contains("Проект № 2/2026", page);
        Assert.Contains("Достъпен обществен транспорт до селата", page);
    }
}
