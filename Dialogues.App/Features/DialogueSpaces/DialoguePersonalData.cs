using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.ReferenceData;
using Dialogues.Domain.News;
using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.Participants;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.DialogueSpaces;

/// <summary>The person's comments (in dialogues and under articles), proposals and votes, each with the title of where it was.</summary>
internal sealed class DialoguePersonalData : IPersonalDataSource
{
    public async Task<IReadOnlyDictionary<string, object>> ExportAsync(AppDbContext db, UserId person, ReferenceSnapshot reference, CancellationToken cancellationToken) =>
        new Dictionary<string, object>
        {
            ["comments"] = await (
                from comment in db.Comments.AsNoTracking()
                where comment.AuthorId == person
                orderby comment.CreatedAt
                select new
                {
                    Dialogue = db.Dialogues.Where(d => d.Id == comment.DialogueId).Select(d => d.Title).FirstOrDefault(),
                    Article = db.Set<Article>().Where(a => a.Id == comment.ArticleId).Select(a => a.Title).FirstOrDefault(),
                    Stance = comment.Stance.ToString(),
                    WrittenFor = comment.OrganisationName,
                    comment.Body,
                    comment.CreatedAt,
                    comment.EditedAt,
                    comment.DeletedAt,
                    comment.HiddenAt,
                })
                .ToListAsync(cancellationToken),
            ["proposals"] = await (
                from proposal in db.Proposals.AsNoTracking()
                join dialogue in db.Dialogues on proposal.DialogueId equals dialogue.Id
                where proposal.AuthorId == person
                orderby proposal.CreatedAt
                select new { Dialogue = dialogue.Title, proposal.Title, proposal.Body, proposal.CreatedAt, proposal.HiddenAt })
                .ToListAsync(cancellationToken),
            ["proposalSupports"] = await (
                from support in db.ProposalSupports.AsNoTracking()
                join proposal in db.Proposals on support.ProposalId equals proposal.Id
                join dialogue in db.Dialogues on proposal.DialogueId equals dialogue.Id
                where support.UserId == person
                select new { Dialogue = dialogue.Title, Proposal = proposal.Title, support.SupportedAt })
                .ToListAsync(cancellationToken),
            ["scenarioVotes"] = await (
                from vote in db.ScenarioVotes.AsNoTracking()
                join scenario in db.Scenarios on vote.ScenarioId equals scenario.Id
                join dialogue in db.Dialogues on vote.DialogueId equals dialogue.Id
                where vote.UserId == person
                select new { Dialogue = dialogue.Title, Scenario = scenario.Title, vote.Score, vote.VotedAt })
                .ToListAsync(cancellationToken),
            ["scenarioChoices"] = await (
                from choice in db.ScenarioChoices.AsNoTracking()
                join scenario in db.Scenarios on choice.ScenarioId equals scenario.Id
                join dialogue in db.Dialogues on choice.DialogueId equals dialogue.Id
                where choice.UserId == person
                select new { Dialogue = dialogue.Title, Scenario = scenario.Title, choice.ChosenAt })
                .ToListAsync(cancellationToken),
            ["commentVotes"] = await (
                from vote in db.CommentVotes.AsNoTracking()
                join comment in db.Comments on vote.CommentId equals comment.Id
                where vote.UserId == person
                select new
                {
                    Dialogue = db.Dialogues.Where(d => d.Id == comment.DialogueId).Select(d => d.Title).FirstOrDefault(),
                    Article = db.Set<Article>().Where(a => a.Id == comment.ArticleId).Select(a => a.Title).FirstOrDefault(),
                    Vote = vote.Value > 0 ? "up" : "down", vote.VotedAt,
                })
                .ToListAsync(cancellationToken),
        };
}
