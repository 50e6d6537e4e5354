using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.Notifications;
using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.DialogueSpaces;
using Dialogues.Domain.Notifications;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.DialogueSpaces;

/// <summary>Who hears about what happens in dialogues, and who starts following them by taking part.</summary>
internal sealed class DialogueNotificationRules : INotificationRules
{
    public async Task ApplyAsync(IReadOnlyList<IDomainEvent> events, NotificationContext context)
    {
        var dialogueEvents = events.OfType<IDialogueEvent>().ToList();
        if (dialogueEvents.Count == 0)
        {
            return;
        }
        var db = context.Db;
        var titles = await DialogueTitlesAsync(db, dialogueEvents.Select(e => e.DialogueId), context.CancellationToken);
        var authors = await ParticipantNames.LoadAsync(db, dialogueEvents.Select(AuthorOf).OfType<UserId>(), context.CancellationToken);
        string Title(DialogueId id) => titles.GetValueOrDefault(id, "");
        string Name(UserId id) => authors.GetValueOrDefault(id, "");

        foreach (var dialogueEvent in dialogueEvents)
        {
            var dialogue = new FollowTarget(ItemKind.Dialogue, dialogueEvent.DialogueId.Value);
            var link = $"dialogues/{dialogueEvent.DialogueId}";
            switch (dialogueEvent)
            {
                case DialogueCreated created:
                    context.Follow(created.CreatedBy, dialogue);
                    break;

                case DialoguePublished published:
                    var places = new List<FollowTarget> { new(ItemKind.PolicyArea, published.PolicyAreaId.Value) };
                    if (published.SettlementId is { } settlement)
                    {
                        places.Add(new(ItemKind.Settlement, settlement.Value));
                    }
                    context.Notify(await context.FollowersAsync([.. places]), user => new NotificationDraft(
                        user, NotificationKind.NewInMyAreas, "Dialogue.Published", [Title(published.DialogueId)], link,
                        new ContentRef(ItemKind.Dialogue, published.DialogueId.Value), places[0]));
                    break;

                case DialogueClosed closed:
                    context.Notify(await context.FollowersAsync(dialogue), user => new NotificationDraft(
                        user, NotificationKind.OfficialResponses, "Dialogue.Closed", [Title(closed.DialogueId)], $"{link}#outcome-title",
                        new ContentRef(ItemKind.Dialogue, closed.DialogueId.Value), dialogue));
                    break;

                case DialogueReviewed reviewed:
                    context.Notify(new NotificationDraft(
                        reviewed.ProposedBy, NotificationKind.OfficialResponses, reviewed.Approved ? "Dialogue.Approved" : "Dialogue.Rejected",
                        [Title(reviewed.DialogueId)], link, new ContentRef(ItemKind.Dialogue, reviewed.DialogueId.Value), dialogue));
                    break;

                case ProposalSubmitted submitted:
                    context.Follow(submitted.AuthorId, dialogue);
                    context.Follow(submitted.AuthorId, new FollowTarget(ItemKind.Proposal, submitted.ProposalId.Value));
                    context.Notify((await context.FollowersAsync(dialogue)).Where(u => u != submitted.AuthorId), user => new NotificationDraft(
                        user, NotificationKind.FollowedActivity, "Proposal.New", [Name(submitted.AuthorId), Title(submitted.DialogueId)],
                        $"{link}#proposal-{submitted.ProposalId}", new ContentRef(ItemKind.Proposal, submitted.ProposalId.Value), dialogue));
                    break;

                case ProposalSupportChanged { Supported: true } supported:
                    context.Follow(supported.SupporterId, new FollowTarget(ItemKind.Proposal, supported.ProposalId.Value));
                    break;
            }
        }
    }

    private static UserId? AuthorOf(IDialogueEvent e) => e switch
    {
        ProposalSubmitted submitted => submitted.AuthorId,
        _ => null,
    };

    /// <summary>Titles of the dialogues, including one being created in this very save.</summary>
    private static async Task<Dictionary<DialogueId, string>> DialogueTitlesAsync(AppDbContext db, IEnumerable<DialogueId> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        var titles = db.Dialogues.Local.Where(d => wanted.Contains(d.Id)).ToDictionary(d => d.Id, d => d.Title);
        var missing = wanted.Where(id => !titles.ContainsKey(id)).ToList();
        foreach (var row in await db.Dialogues.AsNoTracking().Where(d => missing.Contains(d.Id)).Select(d => new { d.Id, d.Title }).ToListAsync(cancellationToken))
        {
            titles[row.Id] = row.Title;
        }
        return titles;
    }
}

/// <summary>
/// Who hears of a new comment, wherever the discussion is: the author of the comment replied to, and the followers of
/// the dialogue or article. Writing a comment makes its author follow the place.
/// </summary>
internal sealed class DiscussionNotificationRules(DiscussionHosts hosts) : INotificationRules
{
    public async Task ApplyAsync(IReadOnlyList<IDomainEvent> events, NotificationContext context)
    {
        var posts = events.OfType<CommentPosted>().ToList();
        if (posts.Count == 0)
        {
            return;
        }
        var titles = new Dictionary<DiscussionPlace, string>();
        foreach (var kind in posts.GroupBy(p => p.Place.Kind))
        {
            var found = await hosts.Of(kind.Key).PublicTitlesAsync(context.Db, kind.Select(p => p.Place.Id).Distinct().ToList(), context.CancellationToken);
            foreach (var (id, title) in found)
            {
                titles[new DiscussionPlace(kind.Key, id)] = title;
            }
        }
        var authors = await ParticipantNames.LoadAsync(context.Db, posts.Select(p => p.AuthorId), context.CancellationToken);

        foreach (var posted in posts)
        {
            var host = hosts.Of(posted.Place.Kind);
            var place = new FollowTarget(host.FollowedAs, posted.Place.Id);
            var texts = new[] { authors.GetValueOrDefault(posted.AuthorId, ""), titles.GetValueOrDefault(posted.Place, "") };
            var link = $"{host.Link(posted.Place.Id)}?comment={posted.CommentId}#comment-{posted.CommentId}";
            var comment = new ContentRef(ItemKind.Comment, posted.CommentId.Value);
            context.Follow(posted.AuthorId, place);
            if (posted.RepliedToAuthorId is { } repliedTo && repliedTo != posted.AuthorId)
            {
                context.Notify(new NotificationDraft(repliedTo, NotificationKind.RepliesToMe, "Comment.Reply", texts, link, comment, place));
            }
            context.Notify((await context.FollowersAsync(place)).Where(u => u != posted.AuthorId), user => new NotificationDraft(
                user, NotificationKind.FollowedActivity, "Comment.New", texts, link, comment, place));
        }
    }
}
