using Dialogues.App.Features.Deadlines;
using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.Notifications;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Monitoring;

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
