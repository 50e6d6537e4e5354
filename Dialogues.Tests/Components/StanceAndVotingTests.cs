using Bunit;
using Dialogues.App.Features.DialogueSpaces;
using Dialogues.App.Infrastructure.Localization;
using Dialogues.Domain.DialogueSpaces;
using Dialogues.Tests.Support;

namespace Dialogues.Tests.Components;

/// <summary>The stance tally and the scenario voting controls, in both languages.</summary>
public class StanceAndVotingTests(AppHost host) : ComponentTest(host), IClassFixture<AppHost>
{
    [Theory]
    [InlineData("bg-BG", "За: 1\u00A0200", "Против: 400", "Неутрална позиция: 0")]
    [InlineData("en-GB", "For: 1,200", "Against: 400", "Neutral: 0")]
    public void TheTally_SaysEachCountInWords_AndDrawsTheShares(string culture, string forText, string againstText, string neutralText)
    {
        using var _ = CultureScope.Use(culture);
        ActAs(null);

        var cut = Bunit.Render<StanceBar>(p => p.Add(s => s.Summary, new StanceSummary(1200, 400, 0)));

        Assert.Equal(forText, cut.Find("[data-stance=for]").TextContent);
        Assert.Equal(againstText, cut.Find("[data-stance=against]").TextContent);
        Assert.Equal(neutralText, cut.Find("[data-stance=neutral]").TextContent);
        Assert.Equal("width: 75%", cut.Find(".stance-bar__for").GetAttribute("style"));
        Assert.Equal("width: 25%", cut.Find(".stance-bar__against").GetAttribute("style"));
    }

    [Fact]
    public void ScoreVoting_OffersEveryScore_AndAClickOnTheChosenOneWithdrawsIt()
    {
        using var _ = CultureScope.Use("bg-BG");
        ActAs(null);
        int? voted = -1;
        var scenario = new ScenarioResult(new ScenarioId(Guid.NewGuid()), "Зелен площад", "", null, 3, 3.5, [0, 1, 1, 0, 1], MyScore: 4);

        var cut = Bunit.Render<VoteControls>(p => p
            .Add(v => v.Method, ScenarioVotingMethod.Score)
            .Add(v => v.Scenario, scenario)
            .Add(v => v.OnVote, score => voted = score));

        var buttons = cut.FindAll("button.score");
        Assert.Equal(Scenario.MaxScore - Scenario.MinScore + 1, buttons.Count);
        Assert.Equal("true", buttons.Single(b => b.TextContent == "4").GetAttribute("aria-pressed"));
        buttons.Single(b => b.TextContent == "4").Click();
        Assert.Null(voted);
        cut.FindAll("button.score").Single(b => b.TextContent == "2").Click();
        Assert.Equal(2, voted);
    }
}
