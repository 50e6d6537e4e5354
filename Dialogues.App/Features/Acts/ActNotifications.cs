using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.Notifications;
using Dialogues.Domain.Acts;
using Dialogues.Domain.Notifications;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Acts;

/// <summary>Who hears about acts: their areas' followers when published, the act's followers after that.</summary>
internal sealed class ActNotificationRules : INotificationRules
{
    public async Task ApplyAsync(IReadOnlyList<IDomainEvent> events, NotificationContext context)
    {
        var actEvents = events.OfType<IActEvent>().ToList();
        if (actEvents.Count == 0)
        {
            return;
        }
        var ids = actEvents.Select(e => e.ActId).Distinct().ToList();
        var acts = await context.Db.Acts.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.Number, a.Title, a.CreatedBy })
            .ToDictionaryAsync(a => a.Id, context.CancellationToken);
        var authors = await ParticipantNames.LoadAsync(context.Db, actEvents.OfType<ConsultationCommentPosted>().Select(c => c.AuthorId), context.CancellationToken);

        foreach (var actEvent in actEvents)
        {
            // A new act is not in the database until this save commits; it has nobody to tell yet but its creator.
            var act = acts.GetValueOrDefault(actEvent.ActId);
            var target = new FollowTarget(ItemKind.Act, actEvent.ActId.Value);
            var link = $"acts/{actEvent.ActId}";
            var subject = new ContentRef(ItemKind.Act, actEvent.ActId.Value);
            string[] named = act is null ? [] : [act.Number, act.Title];
            switch (actEvent)
            {
                case ActPublished published when act is not null:
                    context.Follow(act.CreatedBy, target);
                    var areas = published.PolicyAreas.Select(a => new FollowTarget(ItemKind.PolicyArea, a.Value)).ToArray();
                    context.Notify(await context.FollowersAsync(areas), user => new NotificationDraft(
                        user, NotificationKind.NewInMyAreas, "Act.Published", named, link, subject, areas[0]));
                    break;

                case ConsultationCommentPosted posted when act is not null:
                    context.Follow(posted.AuthorId, target);
                    context.Notify((await context.FollowersAsync(target)).Where(u => u != posted.AuthorId), user => new NotificationDraft(
                        user, NotificationKind.FollowedActivity, "Act.Comment", [authors.GetValueOrDefault(posted.AuthorId, ""), act.Title],
                        $"{link}#consultation-comment-{posted.CommentId}", new ContentRef(ItemKind.ConsultationComment, posted.CommentId), target));
                    break;

                case ActSummaryPublished when act is not null:
                    context.Notify(await context.FollowersAsync(target), user => new NotificationDraft(
                        user, NotificationKind.OfficialResponses, "Act.SummaryPublished", named, $"{link}#summary-title", subject, target));
                    break;

                case LegalityFlagsChanged { Raised.Count: > 0 } when act is not null:
                    context.Notify(await context.FollowersAsync(target), user => new NotificationDraft(
                        user, NotificationKind.FollowedActivity, "Act.Flagged", named, $"{link}#legality-title", subject, target));
                    break;

                case ActChanged when act is not null:
                    context.Notify(await context.FollowersAsync(target), user => new NotificationDraft(
                        user, NotificationKind.FollowedActivity, "Act.Changed", named, $"{link}/revisions", subject, target));
                    break;
            }
        }
    }
}
