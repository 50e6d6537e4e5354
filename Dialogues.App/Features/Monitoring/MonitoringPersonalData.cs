using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.ReferenceData;
using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.Participants;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Monitoring;

/// <summary>The person's evaluations of monitored policies and the civic monitoring reports they published.</summary>
internal sealed class MonitoringPersonalData : IPersonalDataSource
{
    public async Task<IReadOnlyDictionary<string, object>> ExportAsync(AppDbContext db, UserId person, ReferenceSnapshot reference, CancellationToken cancellationToken) =>
        new Dictionary<string, object>
        {
            ["policyEvaluations"] = await (
                from evaluation in db.Evaluations.AsNoTracking()
                join round in db.MonitoringRounds on evaluation.RoundId equals round.Id
                join policy in db.MonitoredPolicies on evaluation.PolicyId equals policy.Id
                where evaluation.UserId == person
                select new
                {
                    Policy = policy.Title, Round = round.Title, evaluation.Scores.Effectiveness, evaluation.Scores.Transparency,
                    evaluation.Scores.Legality, evaluation.Scores.Accessibility, evaluation.Comment, evaluation.SubmittedAt,
                })
                .ToListAsync(cancellationToken),
            ["monitoringReports"] = await (
                from report in db.MonitoringReports.AsNoTracking()
                join policy in db.MonitoredPolicies on report.PolicyId equals policy.Id
                where report.AuthorId == person
                select new { Policy = policy.Title, report.Title, report.Organisation, report.Summary, report.PublishedAt, report.HiddenAt })
                .ToListAsync(cancellationToken),
        };
}
