using Dialogues.App.Features.Deadlines;
using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.Notifications;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Acts;

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
