using Dialogues.App.Features.Departments;
using Dialogues.App.Features.Notifications;
using Dialogues.Domain.Notifications;
using Dialogues.Domain.Practices;
using Dialogues.Domain.Shared;

namespace Dialogues.App.Features.Practices;

/// <summary>
/// The proposer hears whether their entry was published or declined; when enough residents want a practice here,
/// the department named for it (or, with none, the administrators) hears of it once.
/// </summary>
internal sealed class PracticeNotificationRules : INotificationRules
{
    public async Task ApplyAsync(IReadOnlyList<IDomainEvent> events, NotificationContext context)
    {
        var relevant = events.OfType<IPracticeEvent>().Where(e => e is PracticePublished or PracticeDeclined or PracticeThresholdReached).ToList();
        if (relevant.Count == 0)
        {
            return;
        }
        var practices = await context.AsSavedAsync(relevant.Select(e => e.PracticeId), (Practice p) => p.Id, (stored, ids) => stored.Where(p => ids.Contains(p.Id)));
        foreach (var practiceEvent in relevant)
        {
            if (!practices.TryGetValue(practiceEvent.PracticeId, out var practice))
            {
                continue;
            }
            var link = $"practices/{practice.Id.Value}";
            var subject = new ContentRef(ItemKind.Practice, practice.Id.Value);
            string[] named = [practice.Title];
            switch (practiceEvent)
            {
                case PracticePublished published:
                    context.Follow(published.ProposedBy, new FollowTarget(ItemKind.Practice, practice.Id.Value));
                    context.Notify(new NotificationDraft(published.ProposedBy, NotificationKind.OfficialResponses, "Practice.Published", named, link, subject));
                    break;
                case PracticeDeclined declined:
                    context.Notify(new NotificationDraft(declined.ProposedBy, NotificationKind.OfficialResponses, "Practice.Declined", named, link, subject));
                    break;
                case PracticeThresholdReached reached:
                    context.Notify(await StaffDirectory.ForAsync(context.Db, reached.DepartmentId, escalate: false, context.CancellationToken), user =>
                        new NotificationDraft(user, NotificationKind.Deadlines, "Practice.Wanted", [practice.Title, Practice.WantThreshold.ToString(System.Globalization.CultureInfo.InvariantCulture)], link, subject));
                    break;
            }
        }
    }
}
