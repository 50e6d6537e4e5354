using Dialogues.Domain.Campaigns;
using Dialogues.Domain.Recommendations;
using Dialogues.Domain.Shared;
using static Dialogues.Tests.Domain.Campaigns.CampaignBuilder;
using static Dialogues.Tests.Domain.Participants.People;

namespace Dialogues.Tests.Domain.Campaigns;

public class CampaignTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(366)]
    public void Start_ClosingTodayOrBeyondAYear_IsRefused(int days) =>
        Assert.Equal(DomainErrors.CampaignCloseRange, Assert.Throws<DomainException>(() => Campaign.Start(Resident(), Draft(closesInDays: days), Today, Now)).Code);

    [Theory]
    [InlineData(9)]
    [InlineData(100_001)]
    public void Start_WithAGoalOutOfRange_IsRefused(int goal) =>
        Assert.Equal(DomainErrors.CampaignGoalRange, Assert.Throws<DomainException>(() => Campaign.Start(Resident(), Draft(goal), Today, Now)).Code);

    [Fact]
    public void Sign_ReachingTheGoal_IsAnnouncedOnce_EvenIfSomeoneWithdrawsAndSignsAgain()
    {
        var campaign = Started(goal: 10);
        var signatures = Enumerable.Range(0, 10).Select(_ => campaign.Sign(Resident(), false, showName: false, Today, Now)).ToList();

        campaign.Withdraw(signatures[0], Today);
        campaign.Sign(Resident(), false, showName: true, Today, Now);

        Assert.Equal(10, campaign.SignatureCount);
        Assert.Equal(Now, campaign.GoalReachedAt);
        Assert.Single(campaign.DomainEvents.OfType<CampaignGoalReached>());
    }

    [Fact]
    public void Sign_Twice_IsRefused()
    {
        var campaign = Started();

        var error = Assert.Throws<DomainException>(() => campaign.Sign(Resident(), alreadySigned: true, showName: false, Today, Now));

        Assert.Equal(DomainErrors.CampaignAlreadySigned, error.Code);
        Assert.Equal(0, campaign.SignatureCount);
    }

    [Fact]
    public void SignAndWithdraw_OnTheClosingDay_AreAllowed_AndAfterItRefused()
    {
        var campaign = Started();
        var closing = campaign.ClosesOn;

        var signature = campaign.Sign(Resident(), false, false, closing, Now);
        campaign.Withdraw(signature, closing);

        Assert.Equal(DomainErrors.CampaignClosed, Assert.Throws<DomainException>(() => campaign.Sign(Resident(), false, false, closing.AddDays(1), Now)).Code);
        var kept = campaign.Sign(Resident(), false, false, closing, Now);
        Assert.Equal(DomainErrors.CampaignClosed, Assert.Throws<DomainException>(() => campaign.Withdraw(kept, closing.AddDays(1))).Code);
    }

    [Fact]
    public void SubmitAs_OnlyByItsAuthor_OnlyOnceTheGoalIsReached_AndOnlyOnce()
    {
        var author = Resident();
        var campaign = Campaign.Start(author, Draft(goal: 10), Today, Now);
        var recommendation = new RecommendationId(Guid.NewGuid());

        Assert.Equal(DomainErrors.CampaignGoalNotReached, Assert.Throws<DomainException>(() => campaign.SubmitAs(author, recommendation, Now)).Code);
        for (var i = 0; i < 10; i++)
        {
            campaign.Sign(Resident(), false, false, Today, Now);
        }
        Assert.Equal(DomainErrors.Forbidden, Assert.Throws<DomainException>(() => campaign.SubmitAs(Resident(), recommendation, Now)).Code);

        campaign.SubmitAs(author, recommendation, Now);

        Assert.Equal(recommendation, campaign.RecommendationId);
        Assert.Equal(DomainErrors.CampaignAlreadySubmitted, Assert.Throws<DomainException>(() => campaign.SubmitAs(author, recommendation, Now)).Code);
    }

    [Fact]
    public void Hidden_CampaignTakesNoSignatures_AndRedactionKeepsTheRest()
    {
        var campaign = Campaign.Start(Resident(), Draft() with { Demand = "Обадете се на 0888 123 456 за пешеходната пътека пред училището, там децата пресичат на тъмно." }, Today, Now);

        campaign.Redact("0888 123 456");
        campaign.Hide(Now);

        Assert.DoesNotContain("0888", campaign.Demand);
        Assert.Contains("пешеходната пътека", campaign.Demand);
        Assert.Equal(DomainErrors.CampaignClosed, Assert.Throws<DomainException>(() => campaign.Sign(Resident(), false, false, Today, Now)).Code);
    }
}
