using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.ReferenceData;
using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.Participants;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Campaigns;

/// <summary>The campaigns the person started and the petitions they signed.</summary>
internal sealed class CampaignPersonalData : IPersonalDataSource
{
    public async Task<IReadOnlyDictionary<string, object>> ExportAsync(AppDbContext db, UserId person, ReferenceSnapshot reference, CancellationToken cancellationToken) =>
        new Dictionary<string, object>
        {
            ["campaignsStarted"] = await db.Campaigns.AsNoTracking().Where(c => c.AuthorId == person)
                .Select(c => new { c.Title, c.Demand, c.Organisation, c.Goal, c.SignatureCount, c.ClosesOn, c.StartedAt, c.HiddenAt })
                .ToListAsync(cancellationToken),
            ["campaignSignatures"] = await (
                from signature in db.CampaignSignatures.AsNoTracking()
                join campaign in db.Campaigns on signature.CampaignId equals campaign.Id
                where signature.UserId == person
                select new { Campaign = campaign.Title, signature.ShowName, signature.SignedAt })
                .ToListAsync(cancellationToken),
        };
}
