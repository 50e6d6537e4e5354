using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.ReferenceData;
using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.Notifications;
using Dialogues.Domain.Participants;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Notifications;

/// <summary>What the person follows (by title), how they want to hear of it, and the notifications kept for them.</summary>
internal sealed class NotificationPersonalData(Followables followables) : IPersonalDataSource
{
    public async Task<IReadOnlyDictionary<string, object>> ExportAsync(AppDbContext db, UserId person, ReferenceSnapshot reference, CancellationToken cancellationToken)
    {
        var follows = await db.Follows.AsNoTracking().Where(f => f.UserId == person).ToListAsync(cancellationToken);
        var titles = await followables.FindAsync(db, follows.Select(f => new FollowTarget(f.TargetKind, f.TargetId)), cancellationToken);
        return new Dictionary<string, object>
        {
            ["follows"] = follows.Select(f => new
            {
                Kind = f.TargetKind.ToString(), Title = titles.GetValueOrDefault(new FollowTarget(f.TargetKind, f.TargetId))?.Title, f.FollowedAt,
            }).ToList(),
            ["notificationPreferences"] = await db.NotificationPreferences.AsNoTracking().Where(p => p.UserId == person)
                .Select(p => new { Kind = p.Kind.ToString(), Delivery = p.Delivery.ToString() }).ToListAsync(cancellationToken),
        };
    }
}
