using Dialogues.Domain.Moderation;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Recommendations;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;

namespace Dialogues.Domain.Campaigns;

public readonly record struct CampaignId(Guid Value) : IEntityId<CampaignId>
{
    public static CampaignId From(Guid value) => new(value);

    public static CampaignId New() => new(Guid.NewGuid());

    public override string ToString() => Value.ToString();
}

/// <summary>What the organiser of a campaign writes when starting it.</summary>
public sealed record CampaignDraft(
    string? Title,
    string? Demand,
    string? Organisation,
    PolicyAreaId Area,
    SettlementId? Settlement,
    int Goal,
    DateOnly ClosesOn);

/// <summary>
/// An advocacy campaign (кампания) with its petition (подписка): residents, NGOs or businesses ask the municipality
/// for something and collect signatures up to a goal until a closing day. Its text cannot change once started:
/// people signed that text. <see cref="SignatureCount"/> is kept in step with the signatures.
/// </summary>
public sealed class Campaign : AggregateRoot, IModeratable
{
    // The demand leaves room in a recommendation's text for the line that says how many signed it.
    public const int TitleMin = 10, TitleMax = 200, DemandMin = 50, DemandMax = 9_000, OrganisationMax = 150;
    public const int GoalMin = 10, GoalMax = 100_000, LongestDays = 365;

    private Campaign() => (Title, Demand) = ("", "");

    public CampaignId Id { get; private set; }

    public string Title { get; private set; }

    /// <summary>What the campaign asks of the municipality, and why (Markdown).</summary>
    public string Demand { get; private set; }

    /// <summary>Who stands behind it, when not only its author (an NGO, a group of neighbours).</summary>
    public string? Organisation { get; private set; }

    public PolicyAreaId PolicyAreaId { get; private set; }

    public SettlementId? SettlementId { get; private set; }

    public int Goal { get; private set; }

    /// <summary>The last day to sign (in the municipality's calendar).</summary>
    public DateOnly ClosesOn { get; private set; }

    public UserId AuthorId { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public int SignatureCount { get; private set; }

    /// <summary>When the count first reached the goal; it stays reached if some later withdraw.</summary>
    public DateTimeOffset? GoalReachedAt { get; private set; }

    public DateTimeOffset? HiddenAt { get; private set; }

    /// <summary>The recommendation its organiser sent the municipality with the signatures behind it.</summary>
    public RecommendationId? RecommendationId { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    string IModeratable.ModeratedText => $"{Title}\n{Organisation}\n{Demand}";

    public bool IsOpenOn(DateOnly today) => HiddenAt is null && today <= ClosesOn;

    public static Campaign Start(Actor author, CampaignDraft draft, DateOnly today, DateTimeOffset now, CampaignId? id = null)
    {
        DomainException.ThrowIf(draft.ClosesOn <= today || draft.ClosesOn > today.AddDays(LongestDays), DomainErrors.CampaignCloseRange, 1, LongestDays);
        DomainException.ThrowIf(draft.Goal is < GoalMin or > GoalMax, DomainErrors.CampaignGoalRange, GoalMin, GoalMax);
        var campaign = new Campaign
        {
            Id = id ?? CampaignId.New(),
            Title = Text.Required(draft.Title, TitleMin, TitleMax, DomainErrors.CampaignTitleLength),
            Demand = Text.Required(draft.Demand, DemandMin, DemandMax, DomainErrors.CampaignDemandLength),
            Organisation = Text.Optional(draft.Organisation, OrganisationMax, DomainErrors.CampaignOrganisationLength),
            PolicyAreaId = draft.Area,
            SettlementId = draft.Settlement,
            Goal = draft.Goal,
            ClosesOn = draft.ClosesOn,
            AuthorId = author.Id,
            StartedAt = now,
        };
        campaign.Raise(new CampaignStarted(campaign.Id, campaign.PolicyAreaId, campaign.SettlementId, author.Id));
        return campaign;
    }

    /// <summary>Adds <paramref name="signer"/>'s signature; <paramref name="alreadySigned"/> comes from the signatures table.</summary>
    public CampaignSignature Sign(Actor signer, bool alreadySigned, bool showName, DateOnly today, DateTimeOffset now)
    {
        DomainException.ThrowIf(!IsOpenOn(today), DomainErrors.CampaignClosed);
        DomainException.ThrowIf(alreadySigned, DomainErrors.CampaignAlreadySigned);
        SignatureCount++;
        Raise(new CampaignSigned(Id, signer.Id));
        if (GoalReachedAt is null && SignatureCount >= Goal)
        {
            GoalReachedAt = now;
            Raise(new CampaignGoalReached(Id));
        }
        return new CampaignSignature(Id, signer.Id, showName, now);
    }

    /// <summary>Takes a signature back while the campaign is open.</summary>
    public void Withdraw(CampaignSignature signature, DateOnly today)
    {
        DomainException.ThrowIf(signature.CampaignId != Id, DomainErrors.NotFound);
        DomainException.ThrowIf(!IsOpenOn(today), DomainErrors.CampaignClosed);
        SignatureCount--;
        Raise(new SignatureWithdrawn(Id, signature.UserId));
    }

    /// <summary>
    /// Records that the organiser sent the demand to the municipality as <paramref name="recommendation"/>: once,
    /// after the goal was reached, so it goes with the weight of its signatures.
    /// </summary>
    public void SubmitAs(Actor author, RecommendationId recommendation, DateTimeOffset now)
    {
        DomainException.ThrowIf(author.Id != AuthorId, DomainErrors.Forbidden);
        DomainException.ThrowIf(HiddenAt is not null, DomainErrors.NotFound);
        DomainException.ThrowIf(RecommendationId is not null, DomainErrors.CampaignAlreadySubmitted);
        DomainException.ThrowIf(GoalReachedAt is null, DomainErrors.CampaignGoalNotReached, Goal);
        (RecommendationId, SubmittedAt) = (recommendation, now);
        Raise(new CampaignSubmitted(Id, recommendation));
    }

    public void Hide(DateTimeOffset now)
    {
        HiddenAt = now;
        Raise(new CampaignChanged(Id));
    }

    public void Restore()
    {
        HiddenAt = null;
        Raise(new CampaignChanged(Id));
    }

    public void Redact(string? fragment)
    {
        var redacted = Redaction.Apply(fragment, Title, Demand, Organisation ?? "");
        (Title, Demand, Organisation) = (redacted[0], redacted[1], Organisation is null ? null : redacted[2]);
        Raise(new CampaignChanged(Id));
    }
}

/// <summary>One person's signature; the (campaign, person) key makes a second impossible.</summary>
public sealed class CampaignSignature
{
    private CampaignSignature()
    {
    }

    internal CampaignSignature(CampaignId campaignId, UserId userId, bool showName, DateTimeOffset signedAt) =>
        (CampaignId, UserId, ShowName, SignedAt) = (campaignId, userId, showName, signedAt);

    public CampaignId CampaignId { get; private set; }

    public UserId UserId { get; private set; }

    /// <summary>The signer agreed to be listed by name; otherwise they count but stay unnamed.</summary>
    public bool ShowName { get; private set; }

    public DateTimeOffset SignedAt { get; private set; }
}

public interface ICampaignEvent : IDomainEvent
{
    CampaignId CampaignId { get; }
}

public sealed record CampaignStarted(CampaignId CampaignId, PolicyAreaId AreaId, SettlementId? SettlementId, UserId AuthorId) : ICampaignEvent;

public sealed record CampaignSigned(CampaignId CampaignId, UserId UserId) : ICampaignEvent;

public sealed record SignatureWithdrawn(CampaignId CampaignId, UserId UserId) : ICampaignEvent;

public sealed record CampaignGoalReached(CampaignId CampaignId) : ICampaignEvent;

public sealed record CampaignSubmitted(CampaignId CampaignId, RecommendationId RecommendationId) : ICampaignEvent;

/// <summary>Hidden, restored or redacted by a moderator.</summary>
public sealed record CampaignChanged(CampaignId CampaignId) : ICampaignEvent;
