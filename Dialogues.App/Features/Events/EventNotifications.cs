using Dialogues.App.Features.Deadlines;
using Dialogues.App.Features.Moderation;
using Dialogues.App.Features.Notifications;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Live;
using Dialogues.App.Infrastructure.Time;
using Dialogues.Domain.Events;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.Notifications;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Events;

public static class EventTopics
{
    public static LiveTopic Of(PublicEventId publicEvent) => new($"event:{publicEvent.Value}");

    /// <summary>The public calendar.</summary>
    public static readonly LiveTopic All = new("events");
}

/// <summary>
/// Followers of a settlement or an area hear of new events there; whoever registers follows the event and hears when
/// its time or place moves or it is cancelled.
/// </summary>
internal sealed class EventNotificationRules : INotificationRules
{

    public async Task ApplyAsync(IReadOnlyList<IDomainEvent> events, NotificationContext context)
    {
        var relevant = events.OfType<IPublicEventEvent>().Where(e => e is EventScheduled or EventCancelled or EventChanged { Moved: true } or AttendanceChanged { Registered: true }).ToList();
        if (relevant.Count == 0)
        {
            return;
        }
        var details = await context.AsSavedAsync(relevant.Select(e => e.EventId), (PublicEvent e) => e.Id, (stored, ids) => stored.Where(e => ids.Contains(e.Id)));
        foreach (var eventEvent in relevant)
        {
            if (!details.TryGetValue(eventEvent.EventId, out var publicEvent))
            {
                continue;
            }
            var target = new FollowTarget(ItemKind.PublicEvent, publicEvent.Id.Value);
            var link = $"events/{publicEvent.Id.Value}";
            var subject = new ContentRef(ItemKind.PublicEvent, publicEvent.Id.Value);
            string[] named = [publicEvent.Title, NotificationArguments.Moment(publicEvent.StartsAt), publicEvent.Venue];
            switch (eventEvent)
            {
                case EventScheduled scheduled:
                    context.Follow(scheduled.OrganiserId, target);
                    FollowTarget[] places = [new(ItemKind.Settlement, scheduled.SettlementId.Value), new(ItemKind.PolicyArea, scheduled.AreaId.Value)];
                    context.Notify((await context.FollowersAsync(places)).Where(u => u != scheduled.OrganiserId), user =>
                        new NotificationDraft(user, NotificationKind.NewInMyAreas, "Event.NewInArea", named, link, subject, places[0]));
                    break;
                case AttendanceChanged registered:
                    context.Follow(registered.UserId, target);
                    break;
                default:
                    // Whoever plans to come must hear at once, whatever their digest settings for followed activity.
                    var template = eventEvent is EventCancelled ? "Event.Cancelled" : "Event.Moved";
                    context.Notify(await context.FollowersAsync(target), user =>
                        new NotificationDraft(user, NotificationKind.OfficialResponses, template, named, link, subject, target));
                    break;
            }
        }
    }
}

internal sealed class FollowableEvents : IFollowableKind
{
    public ItemKind Kind => ItemKind.PublicEvent;

    public async Task<IReadOnlyDictionary<Guid, FollowableItem>> FindAsync(AppDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Select(PublicEventId.From).ToList();
        return await db.PublicEvents.AsNoTracking()
            .Where(e => wanted.Contains(e.Id) && e.HiddenAt == null)
            .Select(e => new { e.Id, e.Title })
            .ToDictionaryAsync(e => e.Id.Value, e => new FollowableItem(e.Title, $"events/{e.Id.Value}"), cancellationToken);
    }
}

/// <summary>Events scheduled by residents and NGOs can be flagged and hidden like anything else people write.</summary>
internal sealed class EventModeration : IModeratedContentKind
{
    public ItemKind Kind => ItemKind.PublicEvent;

    public async Task<IModeratable?> LoadAsync(AppDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.PublicEvents.FindAsync([PublicEventId.From(id)], cancellationToken);

    public async Task<IReadOnlyList<ModeratedItem>> PreviewAsync(AppDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Select(PublicEventId.From).ToList();
        var rows = await db.PublicEvents.AsNoTracking().Where(e => wanted.Contains(e.Id))
            .Select(e => new { e.Id, e.OrganiserId, e.Title, e.Description, e.HiddenAt })
            .ToListAsync(cancellationToken);
        return rows.Select(e => new ModeratedItem(new ContentKey(Kind, e.Id.Value), e.OrganiserId, e.Title, e.Description, $"events/{e.Id.Value}", e.HiddenAt is not null)).ToList();
    }

    /// <summary>The municipality's own events are its staff's word, not user content: only residents' and NGOs' are screened.</summary>
    public IEnumerable<WrittenContent> Written(IDomainEvent domainEvent) => domainEvent switch
    {
        EventScheduled { ByMunicipality: false } scheduled => [new(new ContentKey(Kind, scheduled.EventId.Value), IsNew: true)],
        EventChanged { RewrittenByResident: true } changed => [new(new ContentKey(Kind, changed.EventId.Value), IsNew: false)],
        _ => [],
    };
}

/// <summary>Those following an event (everyone registered) are reminded three days and one day before it.</summary>
internal sealed class EventWindows(MunicipalCalendar calendar) : IClosingWindowSource
{
    public ItemKind Kind => ItemKind.PublicEvent;

    public async Task<IReadOnlyList<ClosingWindow>> WindowsAsync(AppDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var from = calendar.StartOf(today);
        var until = calendar.StartOf(today.AddDays(4));
        var events = await db.PublicEvents.AsNoTracking()
            .Where(e => e.CancelledAt == null && e.HiddenAt == null && e.StartsAt >= from && e.StartsAt < until)
            .Select(e => new { e.Id, e.Title, e.StartsAt })
            .ToListAsync(cancellationToken);
        return events.Select(e => new ClosingWindow(Kind, e.Id.Value, e.Title, $"events/{e.Id.Value}", null,
            new FollowTarget(ItemKind.PublicEvent, e.Id.Value), calendar.DateOf(e.StartsAt), FollowUpPending: false)).ToList();
    }
}
