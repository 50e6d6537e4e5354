using Dialogues.Domain.DialogueSpaces;
using Dialogues.Domain.Participants;
using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.Benchmarks;

/// <summary>Fills a dialogue through the domain (so every rule holds) and saves in bulk.</summary>
internal static class BigDialogue
{
    public static async Task<(int Comments, IReadOnlyList<ProposalId> Proposals)> FillAsync(AppHost host, DialogueId id, int commentCount, int proposalCount)
    {
        var people = await host.CreateResidentsAsync(200);
        var actors = people.Select(p => new Actor(p.Id, p.DisplayName, new HashSet<string> { Role.Resident }, null)).ToList();
        await using var db = host.Db();
        var dialogue = await db.Dialogues.AsNoTracking().SingleAsync(d => d.Id == id);
        var now = host.Clock.GetUtcNow();
        var random = new Random(7);
        var roots = new List<Comment>();
        var all = new List<Comment>();
        for (var i = 0; i < commentCount; i++)
        {
            var author = actors[random.Next(actors.Count)];
            // Each comment a second after the last: the page then shows the same threads on every run (ties in time
            // were broken by random ids, so runs rendered different threads and their memory differed by a third).
            var at = now.AddSeconds(i - commentCount);
            var text = $"Коментар {i}: площадът има нужда от **сянка**, пейки и чешма. Нека се помисли и за [достъпа](https://example.org/{i}).";
            var comment = roots.Count > 10 && random.NextDouble() < 0.5
                ? Comment.Reply(dialogue, roots[random.Next(roots.Count)], author, null, text, at)
                : Comment.Post(dialogue, author, (Stance)random.Next(3), text, at);
            if (comment.ParentId is null)
            {
                roots.Add(comment);
            }
            all.Add(comment);
        }
        db.Comments.AddRange(all);
        var proposals = Enumerable.Range(0, proposalCount)
            .Select(i => Proposal.Submit(dialogue, actors[i % actors.Count], $"Предложение {i}", $"Описание на предложение {i}: повече зеленина и места за сядане.", now))
            .ToList();
        db.Proposals.AddRange(proposals);
        foreach (var comment in all.Take(500))
        {
            foreach (var voter in actors.Take(random.Next(1, 5)).Where(a => a.Id != comment.AuthorId))
            {
                db.CommentVotes.Add(CommentVote.Cast(dialogue, comment, voter, random.Next(2) == 0 ? 1 : -1, now));
            }
        }
        await db.SaveChangesAsync();
        return (all.Count, proposals.Select(p => p.Id).ToList());
    }
}
