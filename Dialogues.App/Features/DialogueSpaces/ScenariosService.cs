using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Files;
using Dialogues.App.Infrastructure.Security;
using Dialogues.Domain.DialogueSpaces;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.DialogueSpaces;

/// <summary>A scenario with its result under the dialogue's voting method.</summary>
public sealed record ScenarioResult(
    ScenarioId Id,
    string Title,
    string Description,
    AttachmentId? ImageId,
    int Votes,
    double? AverageScore,
    IReadOnlyList<int> ScoreDistribution,
    int? MyScore);

public sealed record ScenarioBallot(ScenarioVotingMethod Method, IReadOnlyList<ScenarioResult> Scenarios, int Voters);

/// <summary>Scenarios officials put to the vote, and the votes on them (single choice, approval or 1–5 scores).</summary>
public sealed class ScenariosService(
    IDbContextFactory<AppDbContext> databases,
    CurrentActor currentActor,
    Attachments attachments,
    TimeProvider clock)
{
    public async Task<ScenarioId> PublishAsync(DialogueId dialogueId, string? title, string? description, UploadedFile? image = null, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireAsync(cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var dialogue = await DiscussionService.VisibleDialogueAsync(db, dialogueId, actor, cancellationToken);
        var order = await db.Scenarios.CountAsync(s => s.DialogueId == dialogueId, cancellationToken);
        var scenario = Scenario.Publish(dialogue, actor, title, description, order, clock.GetUtcNow());
        if (image is not null)
        {
            scenario.Illustrate(await attachments.StoreAsync(actor.Id, image, cancellationToken));
        }
        db.Scenarios.Add(scenario);
        await db.SaveChangesAsync(cancellationToken);
        return scenario.Id;
    }

    /// <summary>
    /// Records the reader's mark on a scenario: under single choice any score picks it; under approval 1 approves;
    /// under scores 1–5 rates it. Null takes the mark back.
    /// </summary>
    public async Task VoteAsync(ScenarioId scenarioId, int? score, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireToAsync(Participation.Vote, cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var scenario = await db.Scenarios.AsNoTracking().SingleOrNotFoundAsync(s => s.Id == scenarioId, cancellationToken);
        var dialogue = await DiscussionService.VisibleDialogueAsync(db, scenario.DialogueId, actor, cancellationToken);
        var now = clock.GetUtcNow();

        if (dialogue.VotingMethod == ScenarioVotingMethod.SingleChoice)
        {
            var choice = await db.ScenarioChoices.SingleOrDefaultAsync(c => c.DialogueId == dialogue.Id && c.UserId == actor.Id, cancellationToken);
            if (score is null)
            {
                if (choice is not null && choice.ScenarioId == scenarioId)
                {
                    choice.Withdraw(dialogue, now);
                    db.ScenarioChoices.Remove(choice);
                }
            }
            else if (choice is null)
            {
                db.ScenarioChoices.Add(ScenarioChoice.Choose(dialogue, scenario, actor, now));
            }
            else
            {
                choice.ChangeTo(dialogue, scenario, now);
            }
        }
        else
        {
            var vote = await db.ScenarioVotes.SingleOrDefaultAsync(v => v.ScenarioId == scenarioId && v.UserId == actor.Id, cancellationToken);
            if (score is null)
            {
                if (vote is not null)
                {
                    vote.Withdraw(dialogue, now);
                    db.ScenarioVotes.Remove(vote);
                }
            }
            else if (vote is null)
            {
                db.ScenarioVotes.Add(ScenarioVote.Cast(dialogue, scenario, actor, score.Value, now));
            }
            else
            {
                vote.Change(dialogue, scenario, score.Value, now);
            }
        }
        await db.SaveOncePerPersonAsync(cancellationToken);
    }

    public async Task<ScenarioBallot> BallotAsync(DialogueId dialogueId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.FindAsync(cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var dialogue = await DiscussionService.VisibleDialogueAsync(db, dialogueId, actor, cancellationToken);
        var scenarios = await db.Scenarios.AsNoTracking().Where(s => s.DialogueId == dialogueId).OrderBy(s => s.SortOrder).ToListAsync(cancellationToken);
        var me = actor?.Id;

        if (dialogue.VotingMethod == ScenarioVotingMethod.SingleChoice)
        {
            var counts = await db.ScenarioChoices.Where(c => c.DialogueId == dialogueId)
                .GroupBy(c => c.ScenarioId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
            var mine = me is { } id ? await db.ScenarioChoices.Where(c => c.DialogueId == dialogueId && c.UserId == id).Select(c => (ScenarioId?)c.ScenarioId).SingleOrDefaultAsync(cancellationToken) : null;
            return new ScenarioBallot(dialogue.VotingMethod,
                scenarios.Select(s => new ScenarioResult(s.Id, s.Title, s.Description, s.ImageId, counts.GetValueOrDefault(s.Id), null, [], mine == s.Id ? 1 : null)).ToList(),
                counts.Values.Sum());
        }

        var votes = await db.ScenarioVotes.Where(v => v.DialogueId == dialogueId)
            .GroupBy(v => new { v.ScenarioId, v.Score }).Select(g => new { g.Key.ScenarioId, g.Key.Score, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var myScores = me is { } user
            ? await db.ScenarioVotes.Where(v => v.DialogueId == dialogueId && v.UserId == user).ToDictionaryAsync(v => v.ScenarioId, v => v.Score, cancellationToken)
            : [];
        var voters = await db.ScenarioVotes.Where(v => v.DialogueId == dialogueId).Select(v => v.UserId).Distinct().CountAsync(cancellationToken);
        return new ScenarioBallot(dialogue.VotingMethod, scenarios.Select(s =>
        {
            var mine = votes.Where(v => v.ScenarioId == s.Id).ToList();
            var total = mine.Sum(v => v.Count);
            var distribution = Enumerable.Range(Scenario.MinScore, Scenario.MaxScore).Select(score => mine.Where(v => v.Score == score).Sum(v => v.Count)).ToList();
            double? average = total == 0 ? null : mine.Sum(v => v.Score * v.Count) / (double)total;
            return new ScenarioResult(s.Id, s.Title, s.Description, s.ImageId, total,
                dialogue.VotingMethod == ScenarioVotingMethod.Score ? average : null, distribution, myScores.TryGetValue(s.Id, out var my) ? my : null);
        }).ToList(), voters);
    }
}
