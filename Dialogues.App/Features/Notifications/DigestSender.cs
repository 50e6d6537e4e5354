using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Jobs;
using Dialogues.App.Infrastructure.Localization;
using Dialogues.App.Infrastructure.Time;
using Dialogues.Domain.Notifications;
using Dialogues.Domain.Participants;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Notifications;

/// <summary>
/// Sends each person the daily and weekly digests that are due in Sofia time by their own schedule, grouping
/// what waited by the item or place it belongs to. Nothing waiting: no email. One digest per period at most:
/// the delivery row's key refuses a second, whether the job ran twice, late, or on two servers.
/// </summary>
internal sealed class DigestSender(
    IDbContextFactory<AppDbContext> databases,
    Followables followables,
    NotificationEmails emails,
    TimeProvider clock, MunicipalCalendar calendar)
{
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var localNow = calendar.ToLocal(now).DateTime;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var waiting = await db.Notifications.AsNoTracking()
            .Where(n => (n.Delivery == Delivery.DailyDigest || n.Delivery == Delivery.WeeklyDigest) && n.DigestedAt == null && n.HiddenAt == null && n.CreatedAt <= now)
            .Select(n => new { n.UserId, n.Delivery })
            .Distinct()
            .ToListAsync(cancellationToken);
        var users = waiting.Select(w => w.UserId).Distinct().ToList();
        var schedules = await db.DigestSettings.AsNoTracking().Where(s => users.Contains(s.UserId))
            .ToDictionaryAsync(s => s.UserId, s => new DigestSchedule(s.Hour, s.Weekday), cancellationToken);

        var sent = 0;
        foreach (var (user, delivery) in waiting.Select(w => (w.UserId, w.Delivery)))
        {
            var schedule = schedules.GetValueOrDefault(user, DigestSchedule.Default);
            var (period, start) = delivery == Delivery.DailyDigest
                ? (DigestPeriod.Daily, schedule.DueDailyPeriod(localNow))
                : (DigestPeriod.Weekly, schedule.DueWeeklyPeriod(localNow));
            if (start is { } periodStart && await SendOneAsync(user, delivery, period, periodStart, now, cancellationToken))
            {
                sent++;
            }
        }
        return sent;
    }

    private async Task<bool> SendOneAsync(UserId user, Delivery delivery, DigestPeriod period, DateOnly periodStart, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        if (await db.DigestDeliveries.AnyAsync(d => d.UserId == user && d.Period == period && d.PeriodStart == periodStart, cancellationToken))
        {
            return false;
        }
        var recipient = await db.Users.AsNoTracking()
            .Where(u => u.Id == user.Value && u.DeletedAt == null && u.DisabledAt == null && u.EmailConfirmed)
            .Select(u => new Recipient(new UserId(u.Id), u.Email!, u.PreferredCulture))
            .SingleOrDefaultAsync(cancellationToken);
        var items = await db.Notifications
            .Where(n => n.UserId == user && n.Delivery == delivery && n.DigestedAt == null && n.HiddenAt == null && n.CreatedAt <= now)
            .OrderBy(n => n.CreatedAt)
            .ToListAsync(cancellationToken);
        if (recipient is null || items.Count == 0)
        {
            return false;
        }

        var groups = new List<(string, IReadOnlyList<Notification>)>();
        using (CultureScope.Use(recipient.Culture))
        {
            var grouped = items.GroupBy(n => n.GroupKind is { } kind && n.GroupId is { } id ? new FollowTarget(kind, id) : (FollowTarget?)null).ToList();
            // Every group's title in one query per kind of item.
            var titles = await followables.FindAsync(db, grouped.Where(g => g.Key is not null).Select(g => g.Key!.Value), cancellationToken);
            foreach (var group in grouped)
            {
                var title = group.Key is { } target ? titles.GetValueOrDefault(target)?.Title : null;
                groups.Add((title ?? followables.OtherTitle, group.ToList()));
            }
        }
        db.DigestDeliveries.Add(new DigestDelivery { UserId = user, Period = period, PeriodStart = periodStart, SentAt = now });
        db.OutboxMessages.Add(emails.Digest(recipient, period, groups, now));
        items.ForEach(n => n.DigestedAt = now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException error) when (DbErrors.IsUniqueViolation(error))
        {
            return false; // Another run sent this period's digest first.
        }
    }
}

internal sealed class DigestJob(DigestSender sender) : IRecurringJob
{
    public Task RunAsync(CancellationToken cancellationToken) => sender.SendDueAsync(cancellationToken);
}
