using Dialogues.App.Features.Notifications;
using Dialogues.Domain.Monitoring;
using Dialogues.Domain.Notifications;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Monitoring;

/// <summary>Followers of a policy hear of new rounds and reports; its area's followers hear it is being monitored.</summary>
internal sealed class MonitoringNotificationRules : INotificationRules
{
    public async Task ApplyAsync(IReadOnlyList<IDomainEvent> events, NotificationContext context)
    {
        var policyEvents = events.OfType<IPolicyEvent>().Where(e => e is RoundScheduled or ReportPublished).ToList();
        foreach (var evaluation in context.Db.Evaluations.Local.Where(e => events.OfType<PolicyEvaluated>().Any(p => p.RoundId == e.RoundId)))
        {
            // Taking part in a round makes one follow the policy, to hear of the next round.
            context.Follow(evaluation.UserId, new FollowTarget(ItemKind.MonitoredPolicy, evaluation.PolicyId.Value));
        }
        if (policyEvents.Count == 0)
        {
            return;
        }
        var ids = policyEvents.Select(e => e.PolicyId).Distinct().ToList();
        var titles = await context.Db.MonitoredPolicies.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Title, context.CancellationToken);
        foreach (var policyEvent in policyEvents)
        {
            var target = new FollowTarget(ItemKind.MonitoredPolicy, policyEvent.PolicyId.Value);
            var link = $"monitoring/{policyEvent.PolicyId}";
            var subject = new ContentRef(ItemKind.MonitoredPolicy, policyEvent.PolicyId.Value);
            string[] named = [titles.GetValueOrDefault(policyEvent.PolicyId, "")];
            switch (policyEvent)
            {
                case RoundScheduled:
                    context.Notify(await context.FollowersAsync(target), user => new NotificationDraft(
                        user, NotificationKind.FollowedActivity, "Monitoring.RoundScheduled", named, $"{link}#evaluate-title", subject, target));
                    break;
                case ReportPublished published:
                    context.Follow(published.AuthorId, target);
                    context.Notify((await context.FollowersAsync(target)).Where(u => u != published.AuthorId), user => new NotificationDraft(
                        user, NotificationKind.FollowedActivity, "Monitoring.Report", named, $"{link}#report-{published.ReportId}",
                        new ContentRef(ItemKind.MonitoringReport, published.ReportId), target));
                    break;
            }
        }
    }
}
