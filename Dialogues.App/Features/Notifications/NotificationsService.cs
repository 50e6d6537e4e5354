using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Live;
using Dialogues.App.Infrastructure.Security;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Notifications;

/// <summary>The reader's own notifications: the bell's count, the list, marking read.</summary>
public sealed class NotificationsService(
    IDbContextFactory<AppDbContext> databases,
    CurrentActor currentActor,
    ILiveUpdates live,
    TimeProvider clock)
{
    public async Task<int> UnreadCountAsync(CancellationToken cancellationToken = default)
    {
        var user = await currentActor.UserIdAsync();
        if (user is null)
        {
            return 0;
        }
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await Visible(db, user.Value).CountAsync(n => n.ReadAt == null, cancellationToken);
    }

    public async Task<Page<Notification>> ListAsync(bool unreadOnly, int skip, int take, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireAccountAsync(cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var query = Visible(db, actor.Id);
        if (unreadOnly)
        {
            query = query.Where(n => n.ReadAt == null);
        }
        return await query.OrderByDescending(n => n.CreatedAt).ToPageAsync(skip, take, cancellationToken);
    }

    /// <summary>Marks the notification read and returns where it points.</summary>
    public async Task<string> OpenAsync(Guid notificationId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireAccountAsync(cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var notification = await Visible(db, actor.Id).SingleOrDefaultAsync(n => n.Id == notificationId, cancellationToken)
            ?? throw new DomainException(DomainErrors.NotFound);
        if (notification.ReadAt is null)
        {
            var now = clock.GetUtcNow();
            await db.Notifications.Where(n => n.Id == notificationId).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
            live.Publish(NotificationTopics.Of(actor.Id), new BellChanged(actor.Id));
        }
        return notification.Link;
    }

    public async Task MarkAllReadAsync(CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireAccountAsync(cancellationToken);
        var now = clock.GetUtcNow();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await db.Notifications.Where(n => n.UserId == actor.Id && n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
        live.Publish(NotificationTopics.Of(actor.Id), new BellChanged(actor.Id));
    }

    private static IQueryable<Notification> Visible(AppDbContext db, UserId user) =>
        db.Notifications.AsNoTracking().Where(n => n.UserId == user && n.HiddenAt == null);
}
