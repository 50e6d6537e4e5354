using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;

namespace Dialogues.Domain.DialogueSpaces;

/// <summary>An alternative (e.g. an urban-development option) that officials put to the vote.</summary>
public sealed class Scenario : AggregateRoot
{
    public const int TitleMin = 3, TitleMax = 150;
    public const int DescriptionMin = 10, DescriptionMax = 5_000;
    public const int MinScore = 1, MaxScore = 5;

    private Scenario() => (Title, Description) = ("", "");

    public ScenarioId Id { get; private set; }

    public DialogueId DialogueId { get; private set; }

    public string Title { get; private set; }

    public string Description { get; private set; }

    public AttachmentId? ImageId { get; private set; }

    /// <summary>Adds the picture, stored once the rest of the submission was accepted.</summary>
    public void Illustrate(AttachmentId image) => ImageId = image;

    public UserId CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public int SortOrder { get; private set; }

    public static Scenario Publish(Dialogue dialogue, Actor official, string? title, string? description, int sortOrder, DateTimeOffset now)
    {
        DomainException.ThrowIf(!official.IsStaff, DomainErrors.Forbidden);
        DomainException.ThrowIf(!dialogue.ScenariosEditableAt(now), DomainErrors.ScenariosLocked);
        var scenario = new Scenario
        {
            Id = new ScenarioId(Guid.NewGuid()),
            DialogueId = dialogue.Id,
            Title = Text.Required(title, TitleMin, TitleMax, DomainErrors.ScenarioTitleLength),
            Description = Text.Required(description, DescriptionMin, DescriptionMax, DomainErrors.ScenarioDescriptionLength),
            CreatedBy = official.Id,
            CreatedAt = now,
            SortOrder = sortOrder,
        };
        scenario.Raise(new ScenarioPublished(dialogue.Id, scenario.Id));
        return scenario;
    }
}

/// <summary>
/// A participant's mark on one scenario under the approval (score 1) or score (1–5) method.
/// Unique per (scenario, user).
/// </summary>
public sealed class ScenarioVote : AggregateRoot
{
    private ScenarioVote() { }

    public ScenarioId ScenarioId { get; private set; }

    public DialogueId DialogueId { get; private set; }

    public UserId UserId { get; private set; }

    public int Score { get; private set; }

    public DateTimeOffset VotedAt { get; private set; }

    public static ScenarioVote Cast(Dialogue dialogue, Scenario scenario, Actor voter, int score, DateTimeOffset now)
    {
        Validate(dialogue, scenario, score, now);
        var vote = new ScenarioVote { ScenarioId = scenario.Id, DialogueId = dialogue.Id, UserId = voter.Id, Score = score, VotedAt = now };
        vote.Raise(new ScenarioVotesChanged(dialogue.Id));
        return vote;
    }

    public void Change(Dialogue dialogue, Scenario scenario, int score, DateTimeOffset now)
    {
        Validate(dialogue, scenario, score, now);
        Score = score;
        VotedAt = now;
        Raise(new ScenarioVotesChanged(dialogue.Id));
    }

    public void Withdraw(Dialogue dialogue, DateTimeOffset now)
    {
        dialogue.EnsureVotingOpen(now);
        Raise(new ScenarioVotesChanged(dialogue.Id));
    }

    private static void Validate(Dialogue dialogue, Scenario scenario, int score, DateTimeOffset now)
    {
        DomainException.ThrowIf(scenario.DialogueId != dialogue.Id, DomainErrors.ScenarioNotInDialogue);
        DomainException.ThrowIf(dialogue.VotingMethod == ScenarioVotingMethod.SingleChoice, DomainErrors.ScenarioVoteMethod);
        var max = dialogue.VotingMethod == ScenarioVotingMethod.Approval ? 1 : Scenario.MaxScore;
        DomainException.ThrowIf(score < Scenario.MinScore || score > max, DomainErrors.ScenarioScoreRange, Scenario.MinScore, max);
        dialogue.EnsureVotingOpen(now);
    }
}

/// <summary>Under single choice: the one scenario a participant picked. Unique per (dialogue, user).</summary>
public sealed class ScenarioChoice : AggregateRoot
{
    private ScenarioChoice() { }

    public DialogueId DialogueId { get; private set; }

    public UserId UserId { get; private set; }

    public ScenarioId ScenarioId { get; private set; }

    public DateTimeOffset ChosenAt { get; private set; }

    public static ScenarioChoice Choose(Dialogue dialogue, Scenario scenario, Actor voter, DateTimeOffset now)
    {
        Validate(dialogue, scenario, now);
        var choice = new ScenarioChoice { DialogueId = dialogue.Id, UserId = voter.Id, ScenarioId = scenario.Id, ChosenAt = now };
        choice.Raise(new ScenarioVotesChanged(dialogue.Id));
        return choice;
    }

    public void ChangeTo(Dialogue dialogue, Scenario scenario, DateTimeOffset now)
    {
        Validate(dialogue, scenario, now);
        ScenarioId = scenario.Id;
        ChosenAt = now;
        Raise(new ScenarioVotesChanged(dialogue.Id));
    }

    public void Withdraw(Dialogue dialogue, DateTimeOffset now)
    {
        dialogue.EnsureVotingOpen(now);
        Raise(new ScenarioVotesChanged(dialogue.Id));
    }

    private static void Validate(Dialogue dialogue, Scenario scenario, DateTimeOffset now)
    {
        DomainException.ThrowIf(scenario.DialogueId != dialogue.Id, DomainErrors.ScenarioNotInDialogue);
        DomainException.ThrowIf(dialogue.VotingMethod != ScenarioVotingMethod.SingleChoice, DomainErrors.ScenarioVoteMethod);
        dialogue.EnsureVotingOpen(now);
    }
}
