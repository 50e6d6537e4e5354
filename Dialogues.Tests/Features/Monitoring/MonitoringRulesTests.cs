using Dialogues.App.Features.Monitoring;
using Dialogues.Domain.Monitoring;
using Dialogues.Domain.Shared;
using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dialogues.Tests.Features.Monitoring;

/// <summary>An app whose tests each define a policy of their own, so more than the default five are monitored.</summary>
public sealed class ManyPoliciesHost : AppHost
{
    protected override IEnumerable<string> Settings => ["Monitoring:MaxMonitoredPolicies=50"];
}

/// <summary>Evaluations, rounds and indicators on the server with the real database.</summary>
public class MonitoringRulesTests(ManyPoliciesHost host) : IClassFixture<ManyPoliciesHost>
{
    private static readonly Scores Good = new(4, 3, 5, 2);

    [Fact]
    public async Task EvaluatingTwiceInARound_IsRefused_AndTheResultsCountOne()
    {
        var cast = await MonitoringCast.CreateAsync(host);
        var policy = await cast.DefineAsync(host, "Туризъм в Балкана");
        var round = await cast.OpenRoundAsync(host, policy);
        await using var scope = host.As(cast.Resident);
        var monitoring = scope.Get<MonitoringService>();

        await monitoring.EvaluateAsync(round, Good, "Маркировката по пътеките е добра.");
        var error = await Assert.ThrowsAsync<DomainException>(() => monitoring.EvaluateAsync(round, new Scores(1, 1, 1, 1), null));

        Assert.Equal(DomainErrors.AlreadyEvaluated, error.Code);
        var result = (await monitoring.FindAsync(policy))!.OpenRound!;
        Assert.Equal(1, result.Evaluations);
        Assert.True(result.EvaluatedByMe);
        var effectiveness = result.Criteria.Single(c => c.Criterion == Criterion.Effectiveness);
        Assert.Equal(4.0, effectiveness.Average);
        Assert.Equal([0, 0, 0, 1, 0], effectiveness.Distribution);
    }

    [Fact]
    public async Task ConcurrentEvaluationsByOnePerson_StoreOne()
    {
        var cast = await MonitoringCast.CreateAsync(host);
        var policy = await cast.DefineAsync(host, "Социални услуги у дома");
        var round = await cast.OpenRoundAsync(host, policy);

        var attempts = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            await using var scope = host.As(cast.Resident);
            try
            {
                await scope.Get<MonitoringService>().EvaluateAsync(round, Good, null);
                return true;
            }
            catch (DomainException error) when (error.Code == DomainErrors.AlreadyEvaluated)
            {
                return false;
            }
        }));

        Assert.Single(attempts, ok => ok);
        await using var db = host.Db();
        Assert.Equal(1, await db.Evaluations.CountAsync(e => e.RoundId == round));
    }

    [Fact]
    public async Task EvaluatingBeforeARoundOpensOrAfterItCloses_IsRefused()
    {
        var cast = await MonitoringCast.CreateAsync(host);
        var policy = await cast.DefineAsync(host, "Спортни площадки в селата");
        var upcoming = await cast.OpenRoundAsync(host, policy, days: 10, startsIn: 2);
        var closed = await cast.OpenRoundAsync(host, policy, days: 5, startsIn: -10);
        await using var scope = host.As(cast.Resident);
        var monitoring = scope.Get<MonitoringService>();

        var early = await Assert.ThrowsAsync<DomainException>(() => monitoring.EvaluateAsync(upcoming, Good, null));
        var late = await Assert.ThrowsAsync<DomainException>(() => monitoring.EvaluateAsync(closed, Good, null));

        Assert.Equal(DomainErrors.RoundNotOpen, early.Code);
        Assert.Equal(DomainErrors.RoundNotOpen, late.Code);
        await using var db = host.Db();
        Assert.False(await db.Evaluations.AnyAsync(e => e.RoundId == upcoming || e.RoundId == closed));
    }

    [Fact]
    public async Task AScoreOutOfRange_IsRefused()
    {
        var cast = await MonitoringCast.CreateAsync(host);
        var round = await cast.OpenRoundAsync(host, await cast.DefineAsync(host, "Чиста околна среда"));
        await using var scope = host.As(cast.Resident);

        var error = await Assert.ThrowsAsync<DomainException>(() => scope.Get<MonitoringService>().EvaluateAsync(round, new Scores(6, 3, 3, 0), null));

        Assert.Equal(DomainErrors.EvaluationScoreRange, error.Code);
    }

    [Fact]
    public async Task AValueInAnotherUnit_IsRefused_AndTheIndicatorKeepsItsValues()
    {
        var cast = await MonitoringCast.CreateAsync(host);
        var policy = await cast.DefineAsync(host, "Енергийна ефективност на училищата");
        IndicatorId indicator;
        await using var scope = host.As(cast.Administrator);
        var monitoring = scope.Get<MonitoringService>();
        indicator = await monitoring.DefineIndicatorAsync(policy, "Обновени училища", "брой", 2, 8);
        var today = host.Calendar.Today;

        var error = await Assert.ThrowsAsync<DomainException>(() => monitoring.RecordValueAsync(indicator, today, 40, "%", "Отчет на дирекцията"));
        var sourceless = await Assert.ThrowsAsync<DomainException>(() => monitoring.RecordValueAsync(indicator, today, 4, "брой", ""));
        await monitoring.RecordValueAsync(indicator, today, 4, "брой", "Отчет на дирекцията");

        Assert.Equal(DomainErrors.IndicatorUnitMismatch, error.Code);
        Assert.Equal(DomainErrors.IndicatorSourceRequired, sourceless.Code);
        var stored = Assert.Single((await monitoring.FindAsync(policy))!.Indicators);
        Assert.Equal(4, Assert.Single(stored.Values).Value);
        Assert.Equal(33, stored.ProgressPercent());
    }

    [Fact]
    public async Task ARoundClosingBeforeItOpens_OrDefinedByAResident_IsRefused()
    {
        var cast = await MonitoringCast.CreateAsync(host);
        var policy = await cast.DefineAsync(host, "Достъпна среда");
        var today = host.Calendar.Today;
        await using (var scope = host.As(cast.Administrator))
        {
            var error = await Assert.ThrowsAsync<DomainException>(() => scope.Get<MonitoringService>().ScheduleRoundAsync(policy, "Обърнат кръг", today, today.AddDays(-1)));
            Assert.Equal(DomainErrors.RoundClosesBeforeOpening, error.Code);
        }
        await using (var scope = host.As(cast.Resident))
        {
            var error = await Assert.ThrowsAsync<DomainException>(() => scope.Get<MonitoringService>().ScheduleRoundAsync(policy, "Кръг от жител", today, today.AddDays(5)));
            Assert.Equal(DomainErrors.Forbidden, error.Code);
        }
        await using var db = host.Db();
        Assert.False(await db.MonitoringRounds.AnyAsync(r => r.PolicyId == policy));
    }
}

/// <summary>Five policies are monitored at a time by default; the sixth waits until one stops.</summary>
public class MonitoringLimitTests(AppHost host) : IClassFixture<AppHost>
{
    [Fact]
    public async Task TheSixthMonitoredPolicy_IsRefused_UntilOneStops()
    {
        var cast = await MonitoringCast.CreateAsync(host);
        var policies = new List<PolicyId>();
        for (var i = 1; i <= 5; i++)
        {
            policies.Add(await cast.DefineAsync(host, $"Наблюдавана политика {i}"));
        }

        var error = await Assert.ThrowsAsync<DomainException>(() => cast.DefineAsync(host, "Шеста политика"));
        await using (var scope = host.As(cast.Administrator))
        {
            await scope.Get<MonitoringService>().SetMonitoredAsync(policies[0], false);
        }
        await cast.DefineAsync(host, "Шеста политика");

        Assert.Equal(DomainErrors.PolicyMonitoredLimit, error.Code);
        await using var db = host.Db();
        Assert.Equal(5, await db.MonitoredPolicies.CountAsync(p => p.IsMonitored));
        Assert.Equal(6, await db.MonitoredPolicies.CountAsync());
    }
}
