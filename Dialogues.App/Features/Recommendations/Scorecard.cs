using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Time;
using Dialogues.Domain.Recommendations;
using Dialogues.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Recommendations;

/// <summary>How responsive one department (or policy area) has been.</summary>
public sealed record ScoreLine(
    Guid Key,
    int Received,
    int Answered,
    double? OnTimeShare,
    double? MedianDaysToAnswer,
    int OverdueNow,
    double? AcceptedShare);

public sealed record MonthPoint(DateOnly Month, int Received, int Answered);

public sealed record ScorecardView(IReadOnlyList<ScoreLine> ByDepartment, IReadOnlyList<ScoreLine> ByPolicyArea, IReadOnlyList<MonthPoint> Months, ScoreLine Total);

/// <summary>
/// The responsiveness scorecard, computed from the register: received, answered, answered on time, median
/// days to answer, overdue now, share accepted; and registrations and answers month by month.
/// </summary>
public sealed class ScorecardService(IDbContextFactory<AppDbContext> databases, MunicipalCalendar calendar)
{
    private sealed record Fact(DepartmentId? Department, PolicyAreaId Area, DateOnly Registered, DateOnly Due, DateOnly? Decided, DecisionOutcome? Outcome);

    public async Task<ScorecardView> BuildAsync(int months = 12, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var rows = await db.Recommendations.AsNoTracking()
            .Where(r => r.Number != null && r.HiddenAt == null)
            .Select(r => new
            {
                r.DepartmentId,
                r.PolicyAreaId,
                Start = r.Deadline!.StartDate,
                Due = r.Deadline.DueDate,
                Decided = r.Decision == null ? (DateOnly?)null : r.Decision.DecisionDate,
                Department = r.Decision == null ? (DepartmentId?)null : r.Decision.Department,
                Outcome = r.Decision == null ? (DecisionOutcome?)null : r.Decision.Outcome,
            })
            .ToListAsync(cancellationToken);
        var facts = rows.Select(r => new Fact(r.Department ?? r.DepartmentId, r.PolicyAreaId, r.Start, r.Due, r.Decided, r.Outcome)).ToList();
        var today = calendar.Today;

        var firstMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-(months - 1));
        var series = Enumerable.Range(0, months).Select(i => firstMonth.AddMonths(i)).Select(month => new MonthPoint(
            month,
            facts.Count(f => SameMonth(f.Registered, month)),
            facts.Count(f => f.Decided is { } d && SameMonth(d, month)))).ToList();

        return new ScorecardView(
            // Registered but not yet given to a department: a row of their own (Guid.Empty), so the rows add up to the total.
            facts.GroupBy(f => f.Department?.Value ?? Guid.Empty).Select(g => Line(g.Key, g, today)).ToList(),
            facts.GroupBy(f => f.Area.Value).Select(g => Line(g.Key, g, today)).ToList(),
            series,
            Line(Guid.Empty, facts, today));
    }

    private static ScoreLine Line(Guid key, IEnumerable<Fact> group, DateOnly today)
    {
        var facts = group.ToList();
        var answered = facts.Where(f => f.Decided is not null).ToList();
        var days = answered.Select(f => (double)(f.Decided!.Value.DayNumber - f.Registered.DayNumber)).Order().ToList();
        return new ScoreLine(
            key,
            facts.Count,
            answered.Count,
            answered.Count == 0 ? null : answered.Count(f => f.Decided <= f.Due) / (double)answered.Count,
            days.Count == 0 ? null : Median(days),
            facts.Count(f => f.Decided is null && today > f.Due),
            answered.Count == 0 ? null : answered.Count(f => f.Outcome is DecisionOutcome.Accepted or DecisionOutcome.PartlyAccepted) / (double)answered.Count);
    }

    private static double Median(List<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;

    private static bool SameMonth(DateOnly date, DateOnly month) => date.Year == month.Year && date.Month == month.Month;
}
