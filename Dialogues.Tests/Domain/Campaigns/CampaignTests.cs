using Dialogues.Domain.Campaigns;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Recommendations;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;

namespace Dialogues.Tests.Domain.Campaigns;

public class CampaignTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 12, 1);

    private static Actor Person() => new(new UserId(Guid.NewGuid()), "Жител", new HashSet<string> { Role.Resident }, null);

    private static CampaignDraft Draft(int goal = 10, int closesInDays = 30) => new(
        "Пешеходна пътека пред училището", "Искаме осветена пешеходна пътека пред училището, защото децата пресичат на тъмно всяка сутрин.",
        null, new PolicyAreaId(Guid.NewGuid()), null, goal, Today.AddDays(closesInDays));

    private static Campaign Started(int goal = 10) => Campaign.Start(Person(), Draft(goal), Today, Now);

    [Theory]
    [InlineData(0)]
    [InlineData(366)]
    public void Start_ClosingTodayOrBeyondAYear_IsRefused(int days) =>
        Assert.Equal(DomainErrors.CampaignCloseRange, Assert.Throws<DomainException>(() => Campaign.Start(Person(), Draft(closesInDays: days), Today, Now)).Code);

    [Theory]
    [InlineData(9)]
    [InlineData(100_001)]
    public void Start_WithAGoalOutOfRange_IsRefused(int goal) =>
        Assert.Equal(DomainErrors.CampaignGoalRange, Assert.Throws<DomainException>(() => Campaign.Start(Person(), Draft(goal), Today, Now)).Code);

    [Fact]
    public void Sign_ReachingTheGoal_IsAnnouncedOnce_EvenIfSomeoneWithdrawsAndSignsAgain()
    {
        var campaign = Started(goal: 10);
        var signatures = Enumerable.Range(0, 10).Select(_ => campaign.Sign(Person(), false, showName: false, Today, Now)).ToList();

        campaign.Withdraw(signatures[0], Today);
        campaign.Sign(Person(), false, showName: true, Today, Now);

        Assert.Equal(10, campaign.SignatureCount);
        Assert.Equal(Now, campaign.GoalReachedAt);
        Assert.Single(campaign.DomainEvents.OfType<CampaignGoalReached>());
    }

    [Fact]
    public void Sign_Twice_IsRefused()
    {
        var campaign = Started();

        var error = Assert.Throws<DomainException>(() => campaign.Sign(Person(), alreadySigned: true, showName: false, Today, Now));

        Assert.Equal(DomainErrors.CampaignAlreadySigned, error.Code);
        Assert.Equal(0, campaign.SignatureCount);
    }

    [Fact]
    public void SignAndWithdraw_OnTheClosingDay_AreAllowed_AndAfterItRefused()
    {
        var campaign = Started();
        var closing = campaign.ClosesOn;

        var signature = campaign.Sign(Person(), false, false, closing, Now);
        campaign.Withdraw(signature, closing);

        Assert.Equal(DomainErrors.CampaignClosed, Assert.Throws<DomainException>(() => campaign.Sign(Person(), false, false, closing.AddDays(1), Now)).Code);
        var kept = campaign.Sign(Person(), false, false, closing, Now);
        Assert.Equal(DomainErrors.CampaignClosed, Assert.Throws<DomainException>(() => campaign.Withdraw(kept, closing.AddDays(1))).Code);
    }

    [Fact]
    public void SubmitAs_OnlyByItsAuthor_OnlyOnceTheGoalIsReached_AndOnlyOnce()
    {
        var author = Person();
        var campaign = Campaign.Start(author, Draft(goal: 10), Today, Now);
        var recommendation = new RecommendationId(Guid.NewGuid());

        Assert.Equal(DomainErrors.CampaignGoalNotReached, Assert.Throws<DomainException>(() => campaign.SubmitAs(author, recommendation, Now)).Code);
        for (var i = 0; i < 10; i++)
        {
            campaign.Sign(Person(), false, false, Today, Now);
        }
        Assert.Equal(DomainErrors.Forbidden, Assert.Throws<DomainException>(() => campaign.SubmitAs(Person(), recommendation, Now)).Code);

        campaign.SubmitAs(author, recommendation, Now);

        Assert.Equal(recommendation, campaign.RecommendationId);
        Assert.Equal(DomainErrors.CampaignAlreadySubmitted, Assert.Throws<DomainException>(() => campaign.SubmitAs(author, recommendation, Now)).Code);
    }

    [Fact]
    public void Hidden_CampaignTakesNoSignatures_AndRedactionKeepsTheRest()
    {
        var campaign = Campaign.Start(Person(), Draft() with { Demand = "Обадете се на 0888 123 456 за пешеходната пътека пред училището, там децата пресичат на тъмно." }, Today, Now);

        campaign.Redact("0888 123 456");
        campaign.Hide(Now);

        Assert.DoesNotContain("0888", campaign.Demand);
        Assert.Contains("пешеходната пътека", campaign.Demand);
        Assert.Equal(DomainErrors.CampaignClosed, Assert.Throws<DomainException>(() => campaign.Sign(Person(), false, false, Today, Now)).Code);
    }
}
