using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.ReferenceData;
using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.Participants;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Community;

/// <summary>The organisations the person belongs to or asked to join, and their role in each.</summary>
internal sealed class OrganisationPersonalData : IPersonalDataSource
{
    public async Task<IReadOnlyDictionary<string, object>> ExportAsync(AppDbContext db, UserId person, ReferenceSnapshot reference, CancellationToken cancellationToken)
    {
        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => o.Members.Any(m => m.UserId == person) || o.JoinRequests.Any(r => r.UserId == person))
            .ToListAsync(cancellationToken);
        return new Dictionary<string, object>
        {
            ["organisations"] = organisations.Select(o => new
            {
                o.Name,
                Role = o.RoleOf(person)?.ToString(),
                JoinedAt = o.Members.FirstOrDefault(m => m.UserId == person)?.JoinedAt,
                AskedToJoinAt = o.JoinRequests.FirstOrDefault(r => r.UserId == person)?.RequestedAt,
            }).ToList(),
        };
    }
}
