using Dialogues.App.Features.Deadlines;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Jobs;
using Dialogues.Domain.Deadlines;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Problems;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Problems;

/// <summary>The four-week question to the reporter, sent once per fix.</summary>
public sealed record FixCheckDue(ProblemReportId ReportId, UserId ReporterId, string Number, string Title) : IDomainEvent;

/// <summary>Reports answer within the signal deadline, under the same reminders and escalation as recommendations.</summary>
internal sealed class ProblemDeadlines : IDeadlineSource
{
    public ItemKind Kind => ItemKind.ProblemReport;

    public async Task<IReadOnlyList<TrackedItem>> OpenItemsAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.ProblemReports.AsNoTracking()
            .Where(r => r.HiddenAt == null && r.ResolvedAt == null)
            .Select(r => new { r.Id, r.Number, r.Title, r.DepartmentId, Due = r.Deadline.DueDate })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new TrackedItem(Kind, r.Id.Value, ProblemReport.Format(r.Number), r.Title, $"problems/{r.Id.Value}", r.DepartmentId,
            new DeadlineState(r.Due, false, null, Communicated: true))).ToList();
    }

    public async Task MarkOverdueAsync(AppDbContext db, Guid id, DateTimeOffset now, CancellationToken cancellationToken) =>
        (await db.ProblemReports.SingleAsync(r => r.Id == new ProblemReportId(id), cancellationToken)).MarkOverdue(now);

    public Task ReconcileAsync(AppDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>
/// Four weeks after a report was marked fixed, asks its reporter whether it really is. The reminder ledger's key
/// (the moment of the fix) makes it once per fix, however often and wherever the job runs.
/// </summary>
internal sealed class FixCheckJob(IDbContextFactory<AppDbContext> databases, TimeProvider clock) : IRecurringJob
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var fixedBefore = now - ProblemReport.FixCheckAfter;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var due = await db.ProblemReports.AsNoTracking()
            .Where(r => r.Status == ProblemStatus.Fixed && r.HiddenAt == null && r.FixedAt <= fixedBefore)
            .Select(r => new { r.Id, r.ReporterId, r.Number, r.Title, r.FixedAt })
            .ToListAsync(cancellationToken);
        var ids = due.Select(r => r.Id.Value).ToList();
        var asked = (await db.Set<DeadlineReminder>().AsNoTracking()
                .Where(r => r.ItemKind == ItemKind.ProblemReport && r.Kind == DeadlineReminderKind.FixCheck && ids.Contains(r.ItemId))
                .Select(r => new { r.ItemId, r.Key })
                .ToListAsync(cancellationToken))
            .Select(r => (r.ItemId, r.Key))
            .ToHashSet();
        foreach (var report in due)
        {
            // Keyed by the moment of the fix: a report fixed again after a reopening is asked again.
            var key = report.FixedAt!.Value.UtcDateTime.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
            if (!asked.Contains((report.Id.Value, key)))
            {
                await DeadlineReminder.SendOnceAsync(db, DeadlineReminder.Record(ItemKind.ProblemReport, report.Id.Value, DeadlineReminderKind.FixCheck, key, now,
                    new FixCheckDue(report.Id, report.ReporterId, ProblemReport.Format(report.Number), report.Title)), cancellationToken);
            }
        }
    }
}
