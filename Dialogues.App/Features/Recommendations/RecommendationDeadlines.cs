using Dialogues.App.Features.Deadlines;
using Dialogues.App.Features.Notifications;
using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.Deadlines;
using Dialogues.Domain.Recommendations;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Recommendations;

/// <summary>Recommendations under the deadline machinery.</summary>
internal sealed class RecommendationDeadlines : IDeadlineSource
{
    public ItemKind Kind => ItemKind.Recommendation;

    public async Task<IReadOnlyList<TrackedItem>> OpenItemsAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.Recommendations.AsNoTracking()
            .Where(r => r.Number != null && r.HiddenAt == null
                && (r.Status == RecommendationStatus.Registered || r.Status == RecommendationStatus.Assigned || (r.Decision != null && r.CommunicatedAt == null)))
            .Select(r => new
            {
                r.Id,
                r.Number,
                r.Title,
                r.DepartmentId,
                Due = r.Deadline!.DueDate,
                DecisionDate = r.Decision == null ? (DateOnly?)null : r.Decision.DecisionDate,
                Communicated = r.CommunicatedAt != null,
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new TrackedItem(Kind, r.Id.Value, r.Number!.ToString(), r.Title, $"recommendations/{r.Id.Value}", r.DepartmentId,
            new DeadlineState(r.Due, r.DecisionDate is not null, r.DecisionDate, r.Communicated))).ToList();
    }

    public async Task MarkOverdueAsync(AppDbContext db, Guid id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var recommendation = await db.Recommendations.SingleAsync(r => r.Id == new RecommendationId(id), cancellationToken);
        recommendation.MarkOverdue(now);
    }

    /// <summary>A decision counts as communicated once the platform delivered its email to the submitter.</summary>
    public async Task ReconcileAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var waiting = await db.Recommendations.AsNoTracking()
            .Where(r => r.Decision != null && r.CommunicatedAt == null)
            .Select(r => new { r.Id, r.SubmittedBy })
            .ToListAsync(cancellationToken);
        if (waiting.Count == 0)
        {
            return;
        }
        var subjects = waiting.Select(w => w.Id.Value).ToList();
        var sent = await (
                from notification in db.Notifications
                where subjects.Contains(notification.SubjectId) && notification.Template.StartsWith("Recommendation.Decided")
                join message in db.OutboxMessages on notification.Id equals message.NotificationId
                where message.SentAt != null
                select new { notification.SubjectId, notification.UserId, SentAt = message.SentAt!.Value })
            .ToListAsync(cancellationToken);
        var delivered = sent.Where(s => waiting.Any(w => w.Id.Value == s.SubjectId && w.SubmittedBy == s.UserId))
            .Select(s => new { Id = new RecommendationId(s.SubjectId), s.SentAt })
            .ToList();
        if (delivered.Count == 0)
        {
            return;
        }
        var ids = delivered.Select(d => d.Id).Distinct().ToList();
        foreach (var recommendation in await db.Recommendations.Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken))
        {
            recommendation.RecordCommunication(delivered.Where(d => d.Id == recommendation.Id).Min(d => d.SentAt), null);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone acted on one of them meanwhile (or another run recorded it): the next run looks again.
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
