using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.ReferenceData;
using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.Participants;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Practices;

/// <summary>The practices the person proposed and those they want here.</summary>
internal sealed class PracticePersonalData : IPersonalDataSource
{
    public async Task<IReadOnlyDictionary<string, object>> ExportAsync(AppDbContext db, UserId person, ReferenceSnapshot reference, CancellationToken cancellationToken) =>
        new Dictionary<string, object>
        {
            ["practicesProposed"] = await db.Practices.AsNoTracking().Where(p => p.ProposedBy == person)
                .Select(p => new { p.Title, p.Country, p.Town, p.Year, p.ProposedAt, p.PublishedAt, p.DeclinedAt, p.DeclineReason })
                .ToListAsync(cancellationToken),
            ["practicesWanted"] = await (
                from want in db.PracticeWants.AsNoTracking()
                join practice in db.Practices on want.PracticeId equals practice.Id
                where want.UserId == person
                select new { Practice = practice.Title, want.WantedAt })
                .ToListAsync(cancellationToken),
        };
}
