using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.ReferenceData;
using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.Participants;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Recommendations;

/// <summary>The person's recommendations with their answers, co-signatures, remarks on implementation and ratings.</summary>
internal sealed class RecommendationPersonalData : IPersonalDataSource
{
    public async Task<IReadOnlyDictionary<string, object>> ExportAsync(AppDbContext db, UserId person, ReferenceSnapshot reference, CancellationToken cancellationToken)
    {
        var recommendations = await db.Recommendations.AsNoTracking().Where(r => r.SubmittedBy == person).OrderBy(r => r.SubmittedAt).ToListAsync(cancellationToken);
        return new Dictionary<string, object>
        {
            ["recommendations"] = recommendations.Select(r => new
            {
                Number = r.Number?.ToString(), r.Title, r.Text, PolicyArea = reference.PolicyAreaName(r.PolicyAreaId),
                Settlement = r.SettlementId is { } settlement ? reference.SettlementName(settlement) : null,
                Status = r.Status.ToString(), r.ShowSubmitterName, r.SubmittedAt, r.RegisteredAt, r.ScreeningReason,
                Department = r.DepartmentId is { } department ? reference.DepartmentName(department) : null,
                Decision = r.Decision?.Outcome.ToString(), DecisionReasoning = r.Decision?.Reasoning, DecidedAt = r.Decision?.DecidedAt,
            }).ToList(),
            ["coSignatures"] = await (
                from signature in db.CoSignatures.AsNoTracking()
                join recommendation in db.Recommendations on signature.RecommendationId equals recommendation.Id
                where signature.UserId == person
                select new { Recommendation = recommendation.Title, signature.SignedAt })
                .ToListAsync(cancellationToken),
            ["implementationComments"] = await (
                from comment in db.ProgressComments.AsNoTracking()
                join recommendation in db.Recommendations on comment.RecommendationId equals recommendation.Id
                where comment.AuthorId == person
                select new { Recommendation = recommendation.Title, comment.Text, comment.CreatedAt, comment.HiddenAt })
                .ToListAsync(cancellationToken),
            ["outcomeRatings"] = await (
                from rating in db.OutcomeRatings.AsNoTracking()
                join recommendation in db.Recommendations on rating.RecommendationId equals recommendation.Id
                where rating.UserId == person
                select new { Recommendation = recommendation.Title, rating.Score, rating.RatedAt })
                .ToListAsync(cancellationToken),
        };
    }
}
