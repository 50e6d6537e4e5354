using Dialogues.Domain.DialogueSpaces;
using Dialogues.Domain.Shared;
using static Dialogues.Tests.Domain.DialogueSpaces.DialogueBuilder;
using static Dialogues.Tests.Domain.Participants.People;

namespace Dialogues.Tests.Domain.DialogueSpaces;

public class VotingTests
{
    // Dialogues from VotingOn open for voting a day after Now.
    private static readonly DateTimeOffset DuringVoting = Now.AddDays(2);

    [Fact]
    public void Proposal_DuringDiscussion_IsSubmitted_DuringVoting_IsRefused()
    {
        var discussion = new DialogueBuilder().InDiscussion().Build();
        var voting = new DialogueBuilder().InVoting().Build();

        Proposal.Submit(discussion, Resident(), "Чешма на площада", "Предлагам чешма с питейна вода на площада.", Now);
        var error = Assert.Throws<DomainException>(() => Proposal.Submit(voting, Resident(), "Чешма на площада", "Предлагам чешма с питейна вода на площада.", Now));

        Assert.Equal(DomainErrors.ProposalsClosed, error.Code);
    }

    [Fact]
    public void Support_OnlyWhileVotingIsOpen()
    {
        var dialogue = new DialogueBuilder().Schedule(Now.AddDays(-5), Now.AddDays(1), Now.AddDays(5)).Build();
        var proposal = Proposal.Submit(dialogue, Resident(), "Пейки в парка", "Повече пейки в парка до реката, моля.", Now);

        Assert.Equal(DomainErrors.VotingClosed, Assert.Throws<DomainException>(() => ProposalSupport.Give(dialogue, proposal, Resident(), Now)).Code);
        ProposalSupport.Give(dialogue, proposal, Resident(), Now.AddDays(2));
        Assert.Throws<DomainException>(() => ProposalSupport.Give(dialogue, proposal, Resident(), Now.AddDays(5)));
    }

    [Fact]
    public void Support_RaisesTheChangeForTheLiveTally()
    {
        var dialogue = new DialogueBuilder().Schedule(Now.AddDays(-5), Now.AddDays(1), Now.AddDays(5)).Build();
        var proposal = Proposal.Submit(dialogue, Resident(), "Пейки в парка", "Повече пейки в парка до реката, моля.", Now);

        var support = ProposalSupport.Give(dialogue, proposal, Resident(), Now.AddDays(2));

        var changed = Assert.IsType<ProposalSupportChanged>(Assert.Single(support.DomainEvents));
        Assert.True(changed.Supported);
        Assert.Equal(proposal.Id, changed.ProposalId);
    }

    [Fact]
    public void Scenario_AfterVotingStarts_CannotBeAdded()
    {
        var voting = new DialogueBuilder().InVoting().Build();

        Assert.Equal(DomainErrors.ScenariosLocked, Assert.Throws<DomainException>(() => Scenario.Publish(voting, Official(), "Вариант А", "Описание на вариант А.", 0, Now)).Code);
    }

    [Fact]
    public void Scenario_ByResident_IsForbidden()
    {
        var discussion = new DialogueBuilder().InDiscussion().Build();

        Assert.Equal(DomainErrors.Forbidden, Assert.Throws<DomainException>(() => Scenario.Publish(discussion, Resident(), "Вариант А", "Описание на вариант А.", 0, Now)).Code);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void ScoreVote_OutsideOneToFive_IsRefused(int score)
    {
        var (dialogue, scenario) = VotingOn(ScenarioVotingMethod.Score);

        Assert.Equal(DomainErrors.ScenarioScoreRange, Assert.Throws<DomainException>(() => ScenarioVote.Cast(dialogue, scenario, Resident(), score, DuringVoting)).Code);
    }

    [Fact]
    public void ApprovalVote_AllowsOnlyOne()
    {
        var (dialogue, scenario) = VotingOn(ScenarioVotingMethod.Approval);

        ScenarioVote.Cast(dialogue, scenario, Resident(), 1, DuringVoting);
        Assert.Throws<DomainException>(() => ScenarioVote.Cast(dialogue, scenario, Resident(), 3, DuringVoting));
    }

    [Fact]
    public void SingleChoice_RefusesScoreVotes_AndScoreDialogue_RefusesChoices()
    {
        var (single, singleScenario) = VotingOn(ScenarioVotingMethod.SingleChoice);
        var (scored, scoredScenario) = VotingOn(ScenarioVotingMethod.Score);

        Assert.Equal(DomainErrors.ScenarioVoteMethod, Assert.Throws<DomainException>(() => ScenarioVote.Cast(single, singleScenario, Resident(), 1, DuringVoting)).Code);
        Assert.Equal(DomainErrors.ScenarioVoteMethod, Assert.Throws<DomainException>(() => ScenarioChoice.Choose(scored, scoredScenario, Resident(), DuringVoting)).Code);
    }

    [Fact]
    public void Choice_ChangeTo_MovesTheSingleVote()
    {
        var dialogue = new DialogueBuilder().Schedule(Now.AddDays(-5), Now.AddDays(1), Now.AddDays(5)).Build();
        var a = Scenario.Publish(dialogue, Official(), "Вариант А", "Описание на вариант А.", 0, Now);
        var b = Scenario.Publish(dialogue, Official(), "Вариант Б", "Описание на вариант Б.", 1, Now);
        var choice = ScenarioChoice.Choose(dialogue, a, Resident(), Now.AddDays(2));

        choice.ChangeTo(dialogue, b, Now.AddDays(2));

        Assert.Equal(b.Id, choice.ScenarioId);
    }

    private static (Dialogue, Scenario) VotingOn(ScenarioVotingMethod method)
    {
        var dialogue = new DialogueBuilder().Schedule(Now.AddDays(-5), Now.AddDays(1), Now.AddDays(5)).WithMethod(method).Build();
        var scenario = Scenario.Publish(dialogue, Official(), "Вариант А", "Описание на вариант А.", 0, Now);
        dialogue.ClearDomainEvents();
        return (dialogue, scenario);
    }
}
