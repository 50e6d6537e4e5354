using System.Globalization;
using Dialogues.App.Features.Accounts;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Security;
using Dialogues.App.Infrastructure.Time;
using Dialogues.Domain.Campaigns;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.Recommendations;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dialogues.App.Features.Campaigns;

public enum CampaignPeriod
{
    Open,
    Closed,
}

public sealed record CampaignFilter(CampaignPeriod Period, PolicyAreaId? Area = null, SettlementId? Settlement = null);

public sealed record CampaignRow(CampaignId Id, string Title, string? Organisation, PolicyAreaId Area, SettlementId? Settlement, int Goal, int Signatures, DateOnly ClosesOn);

/// <summary>A campaign as its page shows it: the newest signers who agreed to be named, and what the reader may do.</summary>
public sealed record CampaignDetails(Campaign Campaign, string AuthorName, bool SignedByMe, bool IsOpen, IReadOnlyList<string> RecentSigners, bool IsMine);

/// <summary>Advocacy campaigns and their petitions: anyone taking part starts one; residents sign and take signatures back.</summary>
public sealed class CampaignsService(
    IDbContextFactory<AppDbContext> databases,
    CurrentActor currentActor,
    IStringLocalizer<CampaignsText> text,
    TimeProvider clock, MunicipalCalendar calendar)
{
    public const int RecentSignersShown = 20;

    /// <summary>Open campaigns (closing soonest first) or closed ones (latest first); hidden ones are left out.</summary>
    public async Task<Page<CampaignRow>> ListAsync(CampaignFilter filter, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var today = calendar.Today;
        var campaigns = db.Campaigns.AsNoTracking().Where(c => c.HiddenAt == null);
        if (filter.Area is { } area)
        {
            campaigns = campaigns.Where(c => c.PolicyAreaId == area);
        }
        if (filter.Settlement is { } settlement)
        {
            campaigns = campaigns.Where(c => c.SettlementId == settlement);
        }
        campaigns = filter.Period == CampaignPeriod.Open
            ? campaigns.Where(c => c.ClosesOn >= today).OrderBy(c => c.ClosesOn).ThenBy(c => c.StartedAt)
            : campaigns.Where(c => c.ClosesOn < today).OrderByDescending(c => c.ClosesOn).ThenByDescending(c => c.StartedAt);
        return await campaigns
            .Select(c => new CampaignRow(c.Id, c.Title, c.Organisation, c.PolicyAreaId, c.SettlementId, c.Goal, c.SignatureCount, c.ClosesOn))
            .ToPageAsync(skip, take, cancellationToken);
    }

    /// <summary>The campaign, or null when it does not exist or a moderator hid it (its author and moderators still see it).</summary>
    public async Task<CampaignDetails?> FindAsync(CampaignId id, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.FindAsync(cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (campaign is null || !campaign.IsVisibleTo(actor))
        {
            return null;
        }
        var signed = actor is not null && await db.CampaignSignatures.AnyAsync(s => s.CampaignId == id && s.UserId == actor.Id, cancellationToken);
        var recent = await db.CampaignSignatures.AsNoTracking().Where(s => s.CampaignId == id && s.ShowName)
            .OrderByDescending(s => s.SignedAt).Take(RecentSignersShown).Select(s => s.UserId).ToListAsync(cancellationToken);
        var names = await ParticipantNames.LoadAsync(db, [.. recent, campaign.AuthorId], cancellationToken);
        return new CampaignDetails(campaign, names.GetValueOrDefault(campaign.AuthorId, ""), signed, campaign.IsOpenOn(calendar.Today),
            recent.Select(u => names.GetValueOrDefault(u, "")).Where(n => n.Length > 0).ToList(), actor?.Id == campaign.AuthorId);
    }

    /// <param name="submission">The form's own id for the campaign: sent twice, the form finds the one it started.</param>
    public async Task<CampaignId> StartAsync(CampaignDraft draft, Guid? submission = null, CancellationToken cancellationToken = default)
    {
        var author = await currentActor.RequireToAsync(Participation.Post, cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var id = new CampaignId(submission ?? Guid.NewGuid());
        if (await db.Campaigns.AnyAsync(c => c.Id == id && c.AuthorId == author.Id, cancellationToken))
        {
            return id;
        }
        DomainException.ThrowIf(!await db.PolicyAreas.AnyAsync(a => a.Id == draft.Area, cancellationToken), DomainErrors.NotFound);
        DomainException.ThrowIf(draft.Settlement is { } settlement && !await db.Settlements.AnyAsync(s => s.Id == settlement, cancellationToken), DomainErrors.NotFound);
        var now = clock.GetUtcNow();
        var campaign = Campaign.Start(author, draft, calendar.DateOf(now), now, id);
        db.Campaigns.Add(campaign);
        await db.SaveOncePerPersonAsync(cancellationToken);
        return campaign.Id;
    }

    /// <summary>
    /// The organiser sends the demand to the municipality as a recommendation (in the same save, so never twice),
    /// saying how many signed it; from there it follows the recommendation's registration, deadline and answer.
    /// </summary>
    public async Task<RecommendationId> SubmitAsRecommendationAsync(CampaignId id, CancellationToken cancellationToken = default)
    {
        var author = await currentActor.RequireToAsync(Participation.Post, cancellationToken);
        RecommendationId submitted = default;
        await ChangeAsync(id, (db, campaign, _, now) =>
        {
            var support = text["Submit.Support", campaign.SignatureCount.ToString("N0", CultureInfo.CurrentCulture), campaign.Title].Value;
            var recommendation = Recommendation.Submit(author, campaign.Title, $"{campaign.Demand}\n\n{support}", campaign.PolicyAreaId, campaign.SettlementId,
                null, null, showName: true, now);
            campaign.SubmitAs(author, recommendation.Id, now);
            db.Recommendations.Add(recommendation);
            submitted = recommendation.Id;
            return Task.CompletedTask;
        }, cancellationToken);
        return submitted;
    }

    public async Task SignAsync(CampaignId id, bool showName, CancellationToken cancellationToken = default)
    {
        var signer = await currentActor.RequireToAsync(Participation.Sign, cancellationToken);
        await ChangeAsync(id, async (db, campaign, today, now) =>
        {
            var already = await db.CampaignSignatures.AnyAsync(s => s.CampaignId == id && s.UserId == signer.Id, cancellationToken);
            db.CampaignSignatures.Add(campaign.Sign(signer, already, showName, today, now));
        }, cancellationToken);
    }

    /// <summary>Takes one's signature back; allowed even while suspended, since it only takes one out.</summary>
    public async Task WithdrawAsync(CampaignId id, CancellationToken cancellationToken = default)
    {
        var signer = await currentActor.RequireAccountAsync(cancellationToken);
        await ChangeAsync(id, async (db, campaign, today, _) =>
        {
            var signature = await db.CampaignSignatures.SingleOrDefaultAsync(s => s.CampaignId == id && s.UserId == signer.Id, cancellationToken)
                ?? throw new DomainException(DomainErrors.CampaignNotSigned);
            campaign.Withdraw(signature, today);
            db.CampaignSignatures.Remove(signature);
        }, cancellationToken);
    }

    private Task ChangeAsync(CampaignId id, Func<AppDbContext, Campaign, DateOnly, DateTimeOffset, Task> change, CancellationToken cancellationToken) =>
        databases.ChangeAsync(
            db => db.Campaigns.SingleOrNotFoundAsync(c => c.Id == id, cancellationToken),
            (db, campaign) =>
            {
                var now = clock.GetUtcNow();
                return change(db, campaign, calendar.DateOf(now), now);
            },
            cancellationToken, DomainErrors.CampaignBusy, DomainErrors.CampaignAlreadySigned);
}
