using Dialogues.App.Features.Departments;
using Dialogues.App.Features.Notifications;
using Dialogues.Domain.Notifications;
using Dialogues.Domain.Problems;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Problems;

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
