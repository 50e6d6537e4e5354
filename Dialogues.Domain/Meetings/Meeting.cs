using Dialogues.Domain.Community;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.Participants;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;

namespace Dialogues.Domain.Meetings;

public readonly record struct MeetingId(Guid Value) : IEntityId<MeetingId>
{
    public static MeetingId From(Guid value) => new(value);

    public static MeetingId New() => new(Guid.NewGuid());

    public override string ToString() => Value.ToString();
}

/// <summary>What the organiser fills in when they schedule or change a meeting.</summary>
public sealed record MeetingDraft(
    string? Title,
    string? Description,
    PolicyAreaId Area,
    SettlementId Settlement,
    string? Venue,
    string? OnlineLink,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    int? Capacity);

/// <summary>
/// A public meeting (събитие): a hearing, a gathering in a village, a workshop on a dialogue. The municipality's staff
/// schedule it, or a resident or NGO does (then moderators can hide it, like any content people write); residents
/// sign up to come, up to its capacity, until it starts. <see cref="Attendance"/> is kept in step with the
/// sign-ups and guards the last seat against two people taking it at once.
/// </summary>
public sealed class Meeting : AggregateRoot, IModeratable
{
    public const int TitleMin = 5, TitleMax = 200, DescriptionMin = 20, DescriptionMax = 20_000;
    public const int VenueMin = 3, VenueMax = 300, LinkMax = 500, CapacityMax = 10_000, ReasonMin = 5, ReasonMax = 1_000;
    public static readonly TimeSpan LongestDuration = TimeSpan.FromDays(14);

    private Meeting() => (Title, Description, Venue) = ("", "", "");

    public MeetingId Id { get; private set; }

    public string Title { get; private set; }

    /// <summary>Markdown, rendered sanitized.</summary>
    public string Description { get; private set; }

    public PolicyAreaId PolicyAreaId { get; private set; }

    public SettlementId SettlementId { get; private set; }

    /// <summary>Where to come: a hall, an address.</summary>
    public string Venue { get; private set; }

    /// <summary>Where to join online, for hybrid and online meetings.</summary>
    public string? OnlineLink { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    /// <summary>Seats; null when anyone may come.</summary>
    public int? Capacity { get; private set; }

    public int Attendance { get; private set; }

    public UserId OrganiserId { get; private set; }

    /// <summary>Scheduled by the municipality's staff, rather than by a resident or an organisation.</summary>
    public bool ByMunicipality { get; private set; }

    /// <summary>The organisation a member announced it for, if any, and its name at the time.</summary>
    public OrganisationId? OrganisationId { get; private set; }

    public string? OrganisationName { get; private set; }

    /// <summary>Set while a moderator keeps the meeting out of public view.</summary>
    public DateTimeOffset? HiddenAt { get; private set; }

    UserId IModeratable.AuthorId => OrganiserId;

    string IModeratable.ModeratedText => $"{Title}\n{Venue}\n{Description}";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public string? CancellationReason { get; private set; }

    public bool IsCancelled => CancelledAt is not null;

    public int? SeatsLeft => Capacity is { } seats ? Math.Max(0, seats - Attendance) : null;

    public bool HasStarted(DateTimeOffset now) => now >= StartsAt;

    public bool HasEnded(DateTimeOffset now) => now >= EndsAt;

    /// <summary>People can register (and withdraw) until it starts, unless it was cancelled.</summary>
    public bool SignUpOpen(DateTimeOffset now) => HiddenAt is null && !IsCancelled && !HasStarted(now);

    /// <summary>Its organiser and the municipality's staff change and cancel it.</summary>
    public bool MayManage(Actor? actor) => actor is not null && (actor.IsStaff || actor.Id == OrganiserId);

    /// <param name="organisation">The organisation a member announces it for; then it is the organisation's, not the municipality's.</param>
    public static Meeting Schedule(Actor organiser, MeetingDraft draft, DateTimeOffset now, MeetingId? id = null, SpeakingFor? organisation = null)
    {
        var meeting = new Meeting
        {
            Id = id ?? MeetingId.New(),
            OrganiserId = organiser.Id,
            ByMunicipality = organiser.IsStaff && organisation is null,
            OrganisationId = organisation?.Id,
            OrganisationName = organisation?.Name,
            CreatedAt = now,
        };
        meeting.Apply(draft, now);
        meeting.Raise(new MeetingScheduled(meeting.Id, meeting.PolicyAreaId, meeting.SettlementId, organiser.Id, meeting.ByMunicipality));
        return meeting;
    }

    /// <summary>Changes the details; those registered hear of it when the time or the place moved.</summary>
    public void Change(Actor organiser, MeetingDraft draft, DateTimeOffset now)
    {
        EnsureMayManage(organiser);
        EnsureStillAhead(now);
        DomainException.ThrowIf(draft.Capacity is { } seats && seats < Attendance, DomainErrors.MeetingCapacityBelowAttendance, Attendance);
        var (startsAt, endsAt, venue, link) = (StartsAt, EndsAt, Venue, OnlineLink);
        Apply(draft, now);
        var moved = startsAt != StartsAt || endsAt != EndsAt || venue != Venue || link != OnlineLink;
        Raise(new MeetingChanged(Id, moved, RewrittenByResident: !ByMunicipality));
    }

    public void Cancel(Actor organiser, string? reason, DateTimeOffset now)
    {
        EnsureMayManage(organiser);
        EnsureStillAhead(now);
        CancellationReason = Text.Required(reason, ReasonMin, ReasonMax, DomainErrors.MeetingCancellationReasonLength);
        CancelledAt = now;
        UpdatedAt = now;
        Raise(new MeetingCancelled(Id));
    }

    /// <summary>Takes a seat for <paramref name="person"/>; <paramref name="alreadySignedUp"/> comes from the registrations table.</summary>
    public MeetingSignUp SignUp(Actor person, bool alreadySignedUp, DateTimeOffset now)
    {
        DomainException.ThrowIf(!SignUpOpen(now), DomainErrors.MeetingSignUpClosed);
        DomainException.ThrowIf(alreadySignedUp, DomainErrors.MeetingAlreadySignedUp);
        DomainException.ThrowIf(SeatsLeft == 0, DomainErrors.MeetingFull);
        Attendance++;
        Raise(new AttendanceChanged(Id, person.Id, SignedUp: true));
        return new MeetingSignUp(Id, person.Id, now);
    }

    /// <summary>Frees the seat of someone who will not come after all.</summary>
    public void Withdraw(MeetingSignUp registration, DateTimeOffset now)
    {
        DomainException.ThrowIf(registration.MeetingId != Id, DomainErrors.NotFound);
        DomainException.ThrowIf(!SignUpOpen(now), DomainErrors.MeetingSignUpClosed);
        Attendance--;
        Raise(new AttendanceChanged(Id, registration.UserId, SignedUp: false));
    }

    private void Apply(MeetingDraft draft, DateTimeOffset now)
    {
        Title = Text.Required(draft.Title, TitleMin, TitleMax, DomainErrors.MeetingTitleLength);
        Description = Text.Required(draft.Description, DescriptionMin, DescriptionMax, DomainErrors.MeetingDescriptionLength);
        Venue = Text.Required(draft.Venue, VenueMin, VenueMax, DomainErrors.MeetingVenueLength);
        OnlineLink = ValidLink(draft.OnlineLink);
        DomainException.ThrowIf(draft.StartsAt <= now && draft.StartsAt != StartsAt, DomainErrors.MeetingStartsInPast);
        DomainException.ThrowIf(draft.EndsAt <= draft.StartsAt, DomainErrors.MeetingEndsBeforeStart);
        DomainException.ThrowIf(draft.EndsAt - draft.StartsAt > LongestDuration, DomainErrors.MeetingTooLong, LongestDuration.Days);
        DomainException.ThrowIf(draft.Capacity is < 1 or > CapacityMax, DomainErrors.MeetingCapacityRange, 1, CapacityMax);
        (PolicyAreaId, SettlementId, StartsAt, EndsAt, Capacity, UpdatedAt) = (draft.Area, draft.Settlement, draft.StartsAt, draft.EndsAt, draft.Capacity, now);
    }

    private static string? ValidLink(string? link)
    {
        var trimmed = Text.Optional(link, LinkMax, DomainErrors.MeetingLinkInvalid);
        DomainException.ThrowIf(trimmed is not null && !(Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps),
            DomainErrors.MeetingLinkInvalid, 0, LinkMax);
        return trimmed;
    }

    private void EnsureStillAhead(DateTimeOffset now)
    {
        DomainException.ThrowIf(IsCancelled, DomainErrors.MeetingCancelled);
        DomainException.ThrowIf(HasEnded(now), DomainErrors.MeetingOver);
    }

    public void Hide(DateTimeOffset now)
    {
        HiddenAt = now;
        Raise(new MeetingChanged(Id, Moved: false));
    }

    public void Restore()
    {
        HiddenAt = null;
        Raise(new MeetingChanged(Id, Moved: false));
    }

    public void Redact(string? fragment)
    {
        var redacted = Redaction.Apply(fragment, Title, Venue, Description);
        (Title, Venue, Description) = (redacted[0], redacted[1], redacted[2]);
        Raise(new MeetingChanged(Id, Moved: false));
    }

    private void EnsureMayManage(Actor actor) => DomainException.ThrowIf(!MayManage(actor), DomainErrors.Forbidden);
}

/// <summary>One person's seat at a meeting; the (meeting, person) key makes a second impossible.</summary>
public sealed class MeetingSignUp
{
    private MeetingSignUp()
    {
    }

    internal MeetingSignUp(MeetingId meetingId, UserId userId, DateTimeOffset signedUpAt) =>
        (MeetingId, UserId, SignedUpAt) = (meetingId, userId, signedUpAt);

    public MeetingId MeetingId { get; private set; }

    public UserId UserId { get; private set; }

    public DateTimeOffset SignedUpAt { get; private set; }
}

public interface IMeetingEvent : IDomainEvent
{
    MeetingId MeetingId { get; }
}

public sealed record MeetingScheduled(MeetingId MeetingId, PolicyAreaId AreaId, SettlementId SettlementId, UserId OrganiserId, bool ByMunicipality) : IMeetingEvent;

/// <summary>
/// <paramref name="Moved"/>: the time or the place changed, which those coming must hear.
/// <paramref name="RewrittenByResident"/>: the text of a resident's or NGO's meeting was edited, to be screened again.
/// </summary>
public sealed record MeetingChanged(MeetingId MeetingId, bool Moved, bool RewrittenByResident = false) : IMeetingEvent;

public sealed record MeetingCancelled(MeetingId MeetingId) : IMeetingEvent;

public sealed record AttendanceChanged(MeetingId MeetingId, UserId UserId, bool SignedUp) : IMeetingEvent;
