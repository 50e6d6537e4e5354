using Dialogues.App.Features.Deadlines;
using Dialogues.App.Features.Departments;
using Dialogues.App.Features.Notifications;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Jobs;
using Dialogues.App.Infrastructure.Live;
using Dialogues.Domain.Deadlines;
using Dialogues.Domain.Notifications;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Problems;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Problems;

public static class ProblemTopics
{
    public static LiveTopic Of(ProblemReportId report) => new($"problem:{report.Value}");

    /// <summary>A department's queue of reports.</summary>
    public static LiveTopic Department(DepartmentId department) => new($"problems:department:{department.Value}");

    /// <summary>The public map and list.</summary>
    public static readonly LiveTopic All = new("problems");
}

/// <summary>The four-week question to the reporter, sent once per fix.</summary>
public sealed record FixCheckDue(ProblemReportId ReportId, UserId ReporterId, string Number, string Title) : IDomainEvent;

/// <summary>
/// The department hears of new reports; the reporter and followers of every change; those who follow the settlement
/// or the area of new reports there; the reporter, four weeks after a fix, is asked whether it holds.
/// </summary>
internal sealed class ProblemNotificationRules : INotificationRules
{
    public async Task ApplyAsync(IReadOnlyList<IDomainEvent> events, NotificationContext context)
    {
        var problemEvents = events.OfType<IProblemEvent>().Where(e => e is ProblemReported or ProblemStatusChanged or ProblemMeTooAdded).ToList();
        foreach (var due in events.OfType<FixCheckDue>())
        {
            context.Notify(new NotificationDraft(due.ReporterId, NotificationKind.OfficialResponses, "Problem.FixCheck", [due.Number, due.Title],
                $"problems/{due.ReportId}#fix-check", new ContentRef(ItemKind.ProblemReport, due.ReportId.Value), Mandatory: true));
        }
        if (problemEvents.Count == 0)
        {
            return;
        }
        var ids = problemEvents.Select(e => e.ReportId).Distinct().ToList();
        var reports = await context.Db.ProblemReports.AsNoTracking().Where(r => ids.Contains(r.Id))
            .Select(r => new { r.Id, r.Number, r.Title, r.ReporterId })
            .ToDictionaryAsync(r => r.Id, context.CancellationToken);
        foreach (var problemEvent in problemEvents)
        {
            if (!reports.TryGetValue(problemEvent.ReportId, out var report))
            {
                continue;
            }
            var target = new FollowTarget(ItemKind.ProblemReport, report.Id.Value);
            var link = $"problems/{report.Id.Value}";
            var subject = new ContentRef(ItemKind.ProblemReport, report.Id.Value);
            string[] named = [ProblemReport.Format(report.Number), report.Title];
            switch (problemEvent)
            {
                case ProblemReported reported:
                    context.Follow(reported.ReporterId, target);
                    context.Notify(await StaffDirectory.ForAsync(context.Db, reported.DepartmentId, escalate: false, context.CancellationToken), user =>
                        new NotificationDraft(user, NotificationKind.Deadlines, "Problem.New", named, link, subject));
                    FollowTarget[] places = [new(ItemKind.Settlement, reported.SettlementId.Value), new(ItemKind.PolicyArea, reported.PolicyAreaId.Value)];
                    context.Notify((await context.FollowersAsync(places)).Where(u => u != reported.ReporterId), user =>
                        new NotificationDraft(user, NotificationKind.NewInMyAreas, "Problem.NewInArea", named, link, subject, places[0]));
                    break;
                case ProblemStatusChanged changed:
                    var template = $"Problem.Status.{changed.To}";
                    if (changed.ChangedBy != report.ReporterId)
                    {
                        context.Notify(new NotificationDraft(report.ReporterId, NotificationKind.OfficialResponses, template, named, link, subject, target));
                    }
                    context.Notify((await context.FollowersAsync(target)).Where(u => u != report.ReporterId && u != changed.ChangedBy), user =>
                        new NotificationDraft(user, NotificationKind.OfficialResponses, template, named, link, subject, target));
                    break;
                case ProblemMeTooAdded meToo:
                    context.Follow(meToo.UserId, target);
                    break;
            }
        }
    }
}

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
