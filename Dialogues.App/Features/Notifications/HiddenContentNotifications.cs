using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Events;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Notifications;

/// <summary>
/// Notifications about content a moderator hid are withdrawn (not listed, not mailed, not digested) and come
/// back if it is shown again. Those about content hidden in the very save that writes them (a held first post) are
/// written hidden in the first place (<see cref="NotificationWriter"/>).
/// </summary>
internal sealed class HiddenContentNotifications(TimeProvider clock) : IBeforeCommitHandler
{
    public SaveStage Stage => SaveStage.Notify;

    public async Task BeforeCommitAsync(AppDbContext db, IReadOnlyList<IDomainEvent> events, CancellationToken cancellationToken)
    {
        foreach (var change in events.OfType<ContentVisibilityChanged>())
        {
            var (kind, id) = (change.Item.Kind, change.Item.Id);
            var stored = await db.Notifications
                .Where(n => n.SubjectKind == kind && n.SubjectId == id && (change.Hidden ? n.HiddenAt == null : n.HiddenAt != null))
                .ToListAsync(cancellationToken);
            foreach (var notification in stored)
            {
                notification.HiddenAt = change.Hidden ? clock.GetUtcNow() : null;
            }
        }
    }
}
