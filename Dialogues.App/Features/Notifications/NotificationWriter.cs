using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.Notifications;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Notifications;

/// <summary>
/// Turns drafts into notification rows and, where the recipient wants it at once, outbox emails; all in the
/// caller's unit of work. Nobody hears about their own action, and erased or disabled accounts hear nothing. News about
/// content hidden in the same save (a held first post) is written hidden: nobody sees it, gets it by email or finds it
/// counted in an entry they can see, and it shows once a moderator approves the content.
/// </summary>
internal sealed class NotificationWriter(NotificationEmails emails)
{
    // When one event concerns a person twice (a reply to them on a dialogue they follow), the closer reason wins.
    private static readonly NotificationKind[] Priority =
    [
        NotificationKind.RepliesToMe, NotificationKind.OfficialResponses, NotificationKind.Moderation,
        NotificationKind.Deadlines, NotificationKind.FollowedActivity, NotificationKind.NewInMyAreas,
    ];

    public async Task WriteAsync(AppDbContext db, IReadOnlyList<NotificationDraft> drafts, IReadOnlySet<ContentRef> hidden, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (drafts.Count == 0)
        {
            return;
        }
        var chosen = drafts
            .GroupBy(d => (d.Recipient, d.Subject))
            .Select(g => g.OrderByDescending(d => d.Mandatory).ThenBy(d => Array.IndexOf(Priority, d.Kind)).First())
            .ToList();
        var recipientIds = chosen.Select(d => d.Recipient.Value).Distinct().ToList();
        var recipients = await db.Users.AsNoTracking()
            .Where(u => recipientIds.Contains(u.Id) && u.DeletedAt == null && u.DisabledAt == null && u.EmailConfirmed)
            .Select(u => new Recipient(new UserId(u.Id), u.Email!, u.PreferredCulture))
            .ToDictionaryAsync(r => r.Id, cancellationToken);
        var recipientUsers = chosen.Select(d => d.Recipient).Distinct().ToList();
        var preferences = await db.NotificationPreferences.AsNoTracking()
            .Where(p => recipientUsers.Contains(p.UserId))
            .ToDictionaryAsync(p => (p.UserId, p.Kind), p => p.Delivery, cancellationToken);

        // Unread news of the same kind about the same followed item is told once, with a count: the tenth comment in a
        // dialogue updates the entry the first made (and sends no tenth email) until the person reads it.
        var groupIds = chosen.Where(d => !d.Mandatory && d.Group is not null).Select(d => d.Group!.Value.Id).Distinct().ToList();
        var unread = groupIds.Count == 0 ? [] : await db.Notifications
            .Where(n => recipientUsers.Contains(n.UserId) && n.ReadAt == null && n.HiddenAt == null && n.GroupId != null && groupIds.Contains(n.GroupId.Value))
            .ToListAsync(cancellationToken);
        var open = unread.GroupBy(n => (n.UserId, n.Template, n.GroupKind, n.GroupId))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(n => n.CreatedAt).First());

        var told = new List<UserId>();
        foreach (var draft in chosen)
        {
            if (!recipients.TryGetValue(draft.Recipient, out var recipient))
            {
                continue;
            }
            var isHidden = hidden.Contains(draft.Subject);
            if (!draft.Mandatory && !isHidden && draft.Group is { } group
                && open.TryGetValue((draft.Recipient, draft.Template, (ItemKind?)group.Kind, (Guid?)group.Id), out var earlier))
            {
                earlier.Repeat(draft, now);
                told.Add(draft.Recipient);
                continue;
            }
            var notification = new Notification
            {
                UserId = draft.Recipient,
                Kind = draft.Kind,
                Template = draft.Template,
                Arguments = [.. draft.Arguments],
                Link = draft.Link,
                SubjectKind = draft.Subject.Kind,
                SubjectId = draft.Subject.Id,
                GroupKind = draft.Group?.Kind,
                GroupId = draft.Group?.Id,
                Delivery = draft.Mandatory ? Delivery.Immediately : preferences.GetValueOrDefault((draft.Recipient, draft.Kind), NotificationDefaults.For(draft.Kind)),
                CreatedAt = now,
                HiddenAt = isHidden ? now : null,
            };
            db.Notifications.Add(notification);
            if (isHidden)
            {
                continue;
            }
            if (notification.Delivery == Delivery.Immediately)
            {
                db.OutboxMessages.Add(emails.Immediate(recipient, notification, now));
            }
            told.Add(draft.Recipient);
        }
        if (told.Count > 0)
        {
            db.PendingEvents.Add(new NotificationsArrived(told.Distinct().ToList()));
        }
    }

    public static async Task WriteFollowsAsync(AppDbContext db, IReadOnlyList<(UserId User, FollowTarget Target)> follows, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var wanted = follows.Distinct().ToList();
        if (wanted.Count == 0)
        {
            return;
        }
        var users = wanted.Select(f => f.User).Distinct().ToList();
        var ids = wanted.Select(f => f.Target.Id).Distinct().ToList();
        var existing = (await db.Follows.AsNoTracking()
                .Where(f => ids.Contains(f.TargetId) && users.Contains(f.UserId))
                .Select(f => new { f.UserId, f.TargetKind, f.TargetId })
                .ToListAsync(cancellationToken))
            .Select(f => (f.UserId, new FollowTarget(f.TargetKind, f.TargetId)))
            .Concat(db.Follows.Local.Select(f => (f.UserId, f.Target)))
            .ToHashSet();
        foreach (var (user, target) in wanted.Where(f => !existing.Contains(f)))
        {
            db.Follows.Add(Follow.Start(user, target, now, automatic: true));
        }
    }
}

internal sealed record Recipient(UserId Id, string Email, string Culture);
