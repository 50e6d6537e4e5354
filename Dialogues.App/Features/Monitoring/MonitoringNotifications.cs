using Dialogues.App.Features.Deadlines;
using Dialogues.App.Features.Moderation;
using Dialogues.App.Features.Notifications;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Live;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.Monitoring;
using Dialogues.Domain.Notifications;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Monitoring;

public static class PolicyTopics
{
    public static LiveTopic Of(PolicyId policy) => new($"policy:{policy.Value}");
}

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

internal sealed class FollowablePolicies : IFollowableKind
{
    public ItemKind Kind => ItemKind.MonitoredPolicy;

    public async Task<IReadOnlyDictionary<Guid, FollowableItem>> FindAsync(AppDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Select(PolicyId.From).ToList();
        return await db.MonitoredPolicies.AsNoTracking()
            .Where(p => wanted.Contains(p.Id))
            .Select(p => new { p.Id, p.Title })
            .ToDictionaryAsync(p => p.Id.Value, p => new FollowableItem(p.Title, $"monitoring/{p.Id.Value}"), cancellationToken);
    }
}

internal sealed class ReportModeration : IModeratedContentKind
{
    public ItemKind Kind => ItemKind.MonitoringReport;

    public bool PreModerates => false;

    public async Task<IModeratable?> LoadAsync(AppDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.MonitoringReports.FindAsync([id], cancellationToken);

    public async Task<IReadOnlyList<ModeratedItem>> PreviewAsync(AppDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var rows = await db.MonitoringReports.AsNoTracking().Where(r => ids.Contains(r.Id))
            .Select(r => new { r.Id, r.PolicyId, r.AuthorId, r.Title, r.Summary, r.HiddenAt })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new ModeratedItem(new ContentKey(Kind, r.Id), r.AuthorId, r.Title, r.Summary,
            $"monitoring/{r.PolicyId}#report-{r.Id}", r.HiddenAt is not null)).ToList();
    }

    public IEnumerable<WrittenContent> Written(IDomainEvent domainEvent) => domainEvent switch
    {
        ReportPublished published => [new(new ContentKey(Kind, published.ReportId), IsNew: true)],
        _ => [],
    };
}

/// <summary>Monitoring rounds about to close.</summary>
internal sealed class RoundWindows : IClosingWindowSource
{
    public ItemKind Kind => ItemKind.MonitoringRound;

    public async Task<IReadOnlyList<ClosingWindow>> WindowsAsync(AppDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var soon = today.AddDays(3);
        var rounds = await (
                from round in db.MonitoringRounds.AsNoTracking()
                join policy in db.MonitoredPolicies on round.PolicyId equals policy.Id
                where round.ClosesOn >= today && round.ClosesOn <= soon && round.OpensOn <= today
                select new { round.Id, round.PolicyId, round.Title, round.ClosesOn, PolicyTitle = policy.Title, policy.DepartmentId })
            .ToListAsync(cancellationToken);
        return rounds.Select(r => new ClosingWindow(Kind, r.Id.Value, $"{r.PolicyTitle} — {r.Title}", $"monitoring/{r.PolicyId}#evaluate-title", r.DepartmentId,
            new FollowTarget(ItemKind.MonitoredPolicy, r.PolicyId.Value), r.ClosesOn, FollowUpPending: false)).ToList();
    }
}
