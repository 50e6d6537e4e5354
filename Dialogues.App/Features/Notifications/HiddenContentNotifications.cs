using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Events;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Notifications;

/// <summary>
/// Notifications about content a moderator hid are withdrawn (not listed, not mailed, not digested) and come
/// back if it is shown again; including those written in the very save that hid it (pre-moderation).
/// </summary>
internal sealed class HiddenContentNotifications(TimeProvider clock) : IBeforeCommitHandler
{
    public async Task BeforeCommitAsync(AppDbContext db, IReadOnlyList<IDomainEvent> events, CancellationToken cancellationToken)
    {
        foreach (var change in events.OfType<ContentVisibilityChanged>())
        {
            var (kind, id) = (change.Item.Kind, change.Item.Id);
            var stored = await db.Notifications
                .Where(n => n.SubjectKind == kind && n.SubjectId == id && (change.Hidden ? n.HiddenAt == null : n.HiddenAt != null))
                .ToListAsync(cancellationToken);
            var pending = db.Notifications.Local.Where(n => n.SubjectKind == kind && n.SubjectId == id);
            foreach (var notification in stored.Concat(pending).Distinct())
            {
                notification.HiddenAt = change.Hidden ? clock.GetUtcNow() : null;
            }
        }
    }
}
