using Dialogues.App.Features.Notifications;
using Dialogues.Domain.Meetings;
using Dialogues.Domain.Notifications;
using Dialogues.Domain.Shared;

namespace Dialogues.App.Features.Meetings;

/// <summary>
/// Followers of a settlement or an area hear of new meetings there; whoever signs up follows the meeting and hears
/// when its time or place moves or it is cancelled.
/// </summary>
internal sealed class MeetingNotificationRules : INotificationRules
{

    public async Task ApplyAsync(IReadOnlyList<IDomainEvent> events, NotificationContext context)
    {
        var relevant = events.OfType<IMeetingEvent>().Where(e => e is MeetingScheduled or MeetingCancelled or MeetingChanged { Moved: true } or AttendanceChanged { SignedUp: true }).ToList();
        if (relevant.Count == 0)
        {
            return;
        }
        var details = await context.AsSavedAsync(relevant.Select(e => e.MeetingId), (Meeting e) => e.Id, (stored, ids) => stored.Where(e => ids.Contains(e.Id)));
        foreach (var meetingEvent in relevant)
        {
            if (!details.TryGetValue(meetingEvent.MeetingId, out var meeting))
            {
                continue;
            }
            var target = new FollowTarget(ItemKind.Meeting, meeting.Id.Value);
            var link = $"events/{meeting.Id.Value}";
            var subject = new ContentRef(ItemKind.Meeting, meeting.Id.Value);
            string[] named = [meeting.Title, NotificationArguments.Moment(meeting.StartsAt), meeting.Venue];
            switch (meetingEvent)
            {
                case MeetingScheduled scheduled:
                    context.Follow(scheduled.OrganiserId, target);
                    FollowTarget[] places = [new(ItemKind.Settlement, scheduled.SettlementId.Value), new(ItemKind.PolicyArea, scheduled.AreaId.Value)];
                    context.Notify((await context.FollowersAsync(places)).Where(u => u != scheduled.OrganiserId), user =>
                        new NotificationDraft(user, NotificationKind.NewInMyAreas, "Meeting.NewInArea", named, link, subject, places[0]));
                    break;
                case AttendanceChanged registered:
                    context.Follow(registered.UserId, target);
                    break;
                default:
                    // Whoever plans to come must hear at once, whatever their digest settings for followed activity.
                    var template = meetingEvent is MeetingCancelled ? "Meeting.Cancelled" : "Meeting.Moved";
                    context.Notify(await context.FollowersAsync(target), user =>
                        new NotificationDraft(user, NotificationKind.OfficialResponses, template, named, link, subject, target));
                    break;
            }
        }
    }
}
