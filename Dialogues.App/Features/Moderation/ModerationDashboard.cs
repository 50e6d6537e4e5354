using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Security;
using Dialogues.App.Infrastructure.Time;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.Participants;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Moderation;

public sealed record WeekOfActions(DateOnly WeekStart, IReadOnlyDictionary<ModerationActionKind, int> Counts)
{
    public int Of(ModerationActionKind action) => Counts.GetValueOrDefault(action);
}

public sealed record ModerationStats(
    int OpenItems,
    int HiddenPendingReview,
    int PendingAppeals,
    TimeSpan? MedianTimeToFirstAction,
    int CasesMeasured,
    IReadOnlyList<WeekOfActions> ActionsByWeek);

/// <summary>How the moderation is doing: what waits, how fast moderators act, what they do week by week.</summary>
public sealed class ModerationDashboard(IDbContextFactory<AppDbContext> databases, CurrentActor currentActor, TimeProvider clock, MunicipalCalendar calendar)
{
    public const int Weeks = 12;
    public static readonly TimeSpan MeasuredPeriod = TimeSpan.FromDays(30);

    public async Task<ModerationStats> StatsAsync(CancellationToken cancellationToken = default)
    {
        await currentActor.RequireRoleAsync(Role.Moderator, cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();

        var open = await db.ModerationCases.AsNoTracking()
            .Where(c => c.Status == CaseStatus.Open)
            .GroupBy(c => c.AutoHiddenAt != null || c.PreModeration)
            .Select(g => new { Hidden = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var appeals = await db.ModerationDecisions.CountAsync(d => d.AppealedAt != null && d.AppealDecidedAt == null, cancellationToken);

        var since = now - MeasuredPeriod;
        var waits = (await db.ModerationCases.AsNoTracking()
                .Where(c => c.FirstActionAt != null && c.OpenedAt >= since)
                .Select(c => new { c.OpenedAt, c.FirstActionAt })
                .ToListAsync(cancellationToken))
            .Select(c => c.FirstActionAt!.Value - c.OpenedAt)
            .Order()
            .ToList();

        var firstWeek = WeekStart(calendar.DateOf(now)).AddDays(-7 * (Weeks - 1));
        var from = new DateTimeOffset(firstWeek.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(-1);
        var actions = await db.ModerationDecisions.AsNoTracking()
            .Where(d => d.DecidedAt >= from)
            .Select(d => new { d.DecidedAt, d.Action })
            .ToListAsync(cancellationToken);
        var byWeek = actions
            .Select(a => new { Week = WeekStart(calendar.DateOf(a.DecidedAt)), a.Action })
            .Where(a => a.Week >= firstWeek)
            .ToLookup(a => a.Week);
        var weeks = Enumerable.Range(0, Weeks)
            .Select(i => firstWeek.AddDays(7 * i))
            .Select(week => new WeekOfActions(week, byWeek[week].GroupBy(a => a.Action).ToDictionary(g => g.Key, g => g.Count())))
            .ToList();

        return new ModerationStats(
            open.Sum(o => o.Count),
            open.Where(o => o.Hidden).Sum(o => o.Count),
            appeals,
            Median(waits),
            waits.Count,
            weeks);
    }

    private static TimeSpan? Median(List<TimeSpan> sorted) => sorted.Count switch
    {
        0 => null,
        var n when n % 2 == 1 => sorted[n / 2],
        var n => (sorted[n / 2 - 1] + sorted[n / 2]) / 2,
    };

    private static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
