using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.Deadlines;
using Dialogues.App.Features.Notifications;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Live;
using Dialogues.Domain.Acts;
using Dialogues.Domain.Notifications;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Acts;

public static class ActTopics
{
    public static LiveTopic Of(ActId act) => new($"act:{act.Value}");

    /// <summary>The register and the legality watch: any act published, changed or flagged.</summary>
    public static readonly LiveTopic Register = new("acts");
}

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

/// <summary>Consultations closing soon, and ended ones whose summary is still missing.</summary>
internal sealed class ConsultationWindows : IClosingWindowSource
{
    public ItemKind Kind => ItemKind.Act;

    public async Task<IReadOnlyList<ClosingWindow>> WindowsAsync(AppDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var soon = today.AddDays(3);
        var followUpBy = today.AddDays(-Domain.Deadlines.ClosingReminders.FollowUpDays);
        var acts = await db.Acts.AsNoTracking()
            .Where(a => a.PublishedAt != null && a.ConsultationEnd != null
                && ((a.ConsultationEnd >= today && a.ConsultationEnd <= soon && !(a.AdoptedOn <= today))
                    || (a.SummaryPublishedAt == null && a.ConsultationEnd <= followUpBy)))
            .Select(a => new { a.Id, a.Number, a.Title, a.DepartmentId, a.ConsultationEnd, a.SummaryPublishedAt })
            .ToListAsync(cancellationToken);
        return acts.Select(a => new ClosingWindow(Kind, a.Id.Value, $"{a.Number} {a.Title}", $"acts/{a.Id}", a.DepartmentId,
            new FollowTarget(ItemKind.Act, a.Id.Value), a.ConsultationEnd!.Value, a.SummaryPublishedAt is null)).ToList();
    }
}
