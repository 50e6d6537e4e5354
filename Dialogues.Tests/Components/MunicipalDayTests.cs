using Bunit;
using Dialogues.App.Features.Monitoring;
using Dialogues.Tests.Support;

namespace Dialogues.Tests.Components;

/// <summary>Forms offer the municipality's today, not the server's: half past midnight in Sofia is already tomorrow.</summary>
public class MunicipalDayTests(AppHost host) : ComponentTest(host), IClassFixture<AppHost>
{
    [Fact]
    public async Task ANewRound_OpensOnTheMunicipalitysToday()
    {
        // 22:30 UTC on 7 December is 00:30 on 8 December in Sofia (UTC+2).
        Host.Clock.Set(new DateTimeOffset(2026, 12, 7, 22, 30, 0, TimeSpan.Zero));
        ActAs(null);
        RoundInput? sent = null;
        var cut = Bunit.Render<RoundForm>(p => p.Add(f => f.OnSubmit, input => { sent = input; return Task.FromResult<string?>(null); }));

        await cut.Find("form").SubmitAsync();

        Assert.Equal((new DateOnly(2026, 12, 8), new DateOnly(2026, 12, 22)), (sent!.OpensOn, sent.ClosesOn));
    }
}
