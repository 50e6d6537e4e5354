using Dialogues.App.Features.Deadlines;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Time;
using Dialogues.Domain.Notifications;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Meetings;

/// <summary>Those following a meeting (everyone signed up) are reminded three days and one day before it.</summary>
internal sealed class MeetingWindows(MunicipalCalendar calendar) : IClosingWindowSource
{
    public ItemKind Kind => ItemKind.Meeting;

    public async Task<IReadOnlyList<ClosingWindow>> WindowsAsync(AppDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var from = calendar.StartOf(today);
        var until = calendar.StartOf(today.AddDays(4));
        var events = await db.Meetings.AsNoTracking()
            .Where(e => e.CancelledAt == null && e.HiddenAt == null && e.StartsAt >= from && e.StartsAt < until)
            .Select(e => new { e.Id, e.Title, e.StartsAt })
            .ToListAsync(cancellationToken);
        return events.Select(e => new ClosingWindow(Kind, e.Id.Value, e.Title, $"events/{e.Id.Value}", null,
            new FollowTarget(ItemKind.Meeting, e.Id.Value), calendar.DateOf(e.StartsAt), FollowUpPending: false)).ToList();
    }
}
