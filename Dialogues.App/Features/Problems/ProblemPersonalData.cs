using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.ReferenceData;
using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Problems;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Problems;

/// <summary>The person's problem reports (where, what, how far they got) and the reports they said "me too" to.</summary>
internal sealed class ProblemPersonalData : IPersonalDataSource
{
    public async Task<IReadOnlyDictionary<string, object>> ExportAsync(AppDbContext db, UserId person, ReferenceSnapshot reference, CancellationToken cancellationToken)
    {
        var reports = await db.ProblemReports.AsNoTracking().Where(r => r.ReporterId == person).OrderBy(r => r.ReportedAt).ToListAsync(cancellationToken);
        var meToo = await (
                from support in db.ProblemMeToos.AsNoTracking()
                join report in db.ProblemReports on support.ReportId equals report.Id
                where support.UserId == person
                select new { report.Number, report.Title, support.AddedAt })
            .ToListAsync(cancellationToken);
        return new Dictionary<string, object>
        {
            ["problemReports"] = reports.Select(r => new
            {
                Number = ProblemReport.Format(r.Number), r.Title, r.Description, Settlement = reference.SettlementName(r.SettlementId), r.Address,
                r.Latitude, r.Longitude, Status = r.Status.ToString(), r.ShowReporterName, r.ReportedAt, r.FixedAt, r.ResolvedAt,
                History = r.History.Where(h => h.ByReporter).Select(h => new { Status = h.To.ToString(), h.Note, h.ChangedAt }),
            }).ToList(),
            ["problemMeToo"] = meToo.Select(m => new { Number = ProblemReport.Format(m.Number), m.Title, m.AddedAt }).ToList(),
        };
    }
}
