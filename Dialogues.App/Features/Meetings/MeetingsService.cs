using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.Community;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Security;
using Dialogues.Domain.Community;
using Dialogues.Domain.Meetings;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.Participants;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Meetings;

public enum MeetingPeriod
{
    Upcoming,
    Past,
}

public sealed record MeetingFilter(MeetingPeriod Period, PolicyAreaId? Area = null, SettlementId? Settlement = null, bool IncludeCancelled = true);

/// <param name="CommunityOrganiser">The resident or NGO who organises it; null for the municipality's own meetings.</param>
public sealed record MeetingRow(
    MeetingId Id,
    string Title,
    PolicyAreaId Area,
    SettlementId Settlement,
    string Venue,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    int? Capacity,
    int Attendance,
    bool IsCancelled,
    string? CommunityOrganiser = null);

/// <summary>
/// A meeting as its page shows it to the reader. <paramref name="OrganiserName"/> is null for the municipality's own
/// meetings. Its organiser and staff may change it; <paramref name="Attendees"/> is for staff only (null for anyone
/// else), to plan the room: a resident organiser has no need of other residents' names.
/// </summary>
public sealed record MeetingDetails(
    Meeting Event,
    string? OrganiserName,
    bool SignedUpByMe,
    bool CanManage,
    IReadOnlyList<string>? Attendees,
    bool SignUpOpen,
    bool IsOver,
    Actor? Reader);

/// <summary>A meeting and its organiser's name (null for the municipality's own): the same for every reader.</summary>
public sealed record MeetingView(Meeting Meeting, string? OrganiserName);

/// <summary>
/// Public meetings: staff, residents and NGOs schedule them and change or cancel their own (staff any); residents
/// sign up to come and withdraw. Meetings a moderator hid are out of every list.
/// </summary>
public sealed class MeetingsService(IDbContextFactory<AppDbContext> databases, CurrentActor currentActor, TimeProvider clock)
{
    public const int AttendeesShown = 500;


    /// <summary>Upcoming meetings (those still going on included) soonest first, or past ones latest first.</summary>
    public async Task<Page<MeetingRow>> ListAsync(MeetingFilter filter, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var events = db.Meetings.AsNoTracking().Where(e => e.HiddenAt == null);
        events = filter.Period == MeetingPeriod.Upcoming
            ? events.Where(e => e.EndsAt > now).OrderBy(e => e.StartsAt)
            : events.Where(e => e.EndsAt <= now).OrderByDescending(e => e.StartsAt);
        if (!filter.IncludeCancelled)
        {
            events = events.Where(e => e.CancelledAt == null);
        }
        if (filter.Area is { } area)
        {
            events = events.Where(e => e.PolicyAreaId == area);
        }
        if (filter.Settlement is { } settlement)
        {
            events = events.Where(e => e.SettlementId == settlement);
        }
        var page = await events
            .Select(e => new
            {
                Row = new MeetingRow(e.Id, e.Title, e.PolicyAreaId, e.SettlementId, e.Venue, e.StartsAt, e.EndsAt, e.Capacity, e.Attendance, e.CancelledAt != null, null),
                e.OrganiserId,
                e.ByMunicipality,
                e.OrganisationName,
            })
            .ToPageAsync(skip, take, cancellationToken);
        // One query for the names of the page's resident and NGO organisers.
        var names = await ParticipantNames.LoadAsync(db, page.Items.Where(e => !e.ByMunicipality && e.OrganisationName == null).Select(e => e.OrganiserId), cancellationToken);
        return page.With(page.Items.Select(e => e.ByMunicipality ? e.Row
            : e.Row with { CommunityOrganiser = e.OrganisationName ?? names.GetValueOrDefault(e.OrganiserId, "") }).ToList());
    }

    /// <summary>The newest visible events members announced for an organisation, for its page.</summary>
    public async Task<IReadOnlyList<OrganisationContribution>> ByOrganisationAsync(OrganisationId organisation, int count, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var rows = await db.Meetings.AsNoTracking().Where(e => e.OrganisationId == organisation && e.HiddenAt == null)
            .OrderByDescending(e => e.CreatedAt).Take(count)
            .Select(e => new { e.Id, e.Title, e.Venue, e.OrganiserId, e.CreatedAt })
            .ToListAsync(cancellationToken);
        var names = await ParticipantNames.LoadAsync(db, rows.Select(r => r.OrganiserId), cancellationToken);
        return [.. rows.Select(r => new OrganisationContribution(ItemKind.Meeting, r.Id.Value, r.Title, $"events/{r.Id.Value}", r.Venue,
            names.GetValueOrDefault(r.OrganiserId, ""), r.CreatedAt))];
    }

    /// <summary>The meeting as this reader sees it, or null when it does not exist or is hidden from them.</summary>
    public async Task<MeetingDetails?> FindAsync(MeetingId id, CancellationToken cancellationToken = default) =>
        await ForReaderAsync(await currentActor.FindAsync(cancellationToken), await ViewAsync(id, cancellationToken), signedUpByMe: null, cancellationToken);

    /// <summary>What every reader of the meeting's page sees alike, whoever they are; null when it does not exist.</summary>
    public async Task<MeetingView?> ViewAsync(MeetingId id, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (meeting is null)
        {
            return null;
        }
        var organiser = meeting.ByMunicipality
            ? null
            : (await ParticipantNames.LoadAsync(db, [meeting.OrganiserId], cancellationToken)).GetValueOrDefault(meeting.OrganiserId);
        return new MeetingView(meeting, organiser);
    }

    /// <summary>
    /// A live update of a page: <paramref name="view"/> is loaded once for all its watchers; the reader's own parts stay
    /// as they were unless the event was their own sign-up or withdrawal.
    /// </summary>
    public async Task<MeetingDetails?> RefreshAsync(MeetingDetails? before, MeetingView? view, object cause, CancellationToken cancellationToken = default)
    {
        var reader = before is not null ? before.Reader : await currentActor.FindAsync(cancellationToken);
        var mine = cause is AttendanceChanged change && change.UserId == reader?.Id;
        return await ForReaderAsync(reader, view, before is not null && !mine ? before.SignedUpByMe : null, cancellationToken);
    }

    private async Task<MeetingDetails?> ForReaderAsync(Actor? reader, MeetingView? view, bool? signedUpByMe, CancellationToken cancellationToken)
    {
        if (view is not { Meeting: var meeting } || !meeting.IsVisibleTo(reader))
        {
            return null;
        }
        IReadOnlyList<string>? attendees = null;
        if (reader is not null && (signedUpByMe is null || reader.IsStaff))
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            signedUpByMe ??= await db.MeetingSignUps.AnyAsync(r => r.MeetingId == meeting.Id && r.UserId == reader.Id, cancellationToken);
            if (reader.IsStaff)
            {
                var ids = await db.MeetingSignUps.AsNoTracking().Where(r => r.MeetingId == meeting.Id).OrderBy(r => r.SignedUpAt)
                    .Select(r => r.UserId).Take(AttendeesShown).ToListAsync(cancellationToken);
                var names = await ParticipantNames.LoadAsync(db, ids, cancellationToken);
                attendees = ids.Select(u => names.GetValueOrDefault(u, "")).Where(n => n.Length > 0).ToList();
            }
        }
        var now = clock.GetUtcNow();
        return new MeetingDetails(meeting, view.OrganiserName, signedUpByMe ?? false, meeting.MayManage(reader), attendees, meeting.SignUpOpen(now), meeting.HasEnded(now), reader);
    }

    /// <summary>The meeting alone, for its calendar file: an HTTP request, outside any circuit and without a reader.</summary>
    public async Task<Meeting?> CalendarEntryAsync(MeetingId id, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Meetings.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id && e.HiddenAt == null, cancellationToken);
    }

    /// <param name="submission">The form's own id for the meeting: sent twice, the form finds the one it announced.</param>
    /// <param name="organisation">The organisation a member announces it for; null for themselves (or the municipality, for staff).</param>
    public async Task<MeetingId> ScheduleAsync(MeetingDraft draft, Guid? submission = null, OrganisationId? organisation = null, CancellationToken cancellationToken = default)
    {
        var organiser = await currentActor.RequireToAsync(Participation.Post, cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var id = new MeetingId(submission ?? Guid.NewGuid());
        if (await db.Meetings.AnyAsync(e => e.Id == id && e.OrganiserId == organiser.Id, cancellationToken))
        {
            return id;
        }
        await EnsureReferencesAsync(db, draft, cancellationToken);
        var speakingFor = organisation is null ? null : await OnBehalfOf.RequireAsync(db, organisation, organiser, cancellationToken);
        var meeting = Meeting.Schedule(organiser, draft, clock.GetUtcNow(), id, speakingFor);
        db.Meetings.Add(meeting);
        await db.SaveOncePerPersonAsync(cancellationToken);
        return meeting.Id;
    }

    public Task ChangeAsync(MeetingId id, MeetingDraft draft, CancellationToken cancellationToken = default) =>
        ChangeMeetingAsync(id, currentActor.RequireAsync, async (db, meeting, organiser, now) =>
        {
            await EnsureReferencesAsync(db, draft, cancellationToken);
            meeting.Change(organiser, draft, now);
        }, cancellationToken);

    public Task CancelAsync(MeetingId id, string? reason, CancellationToken cancellationToken = default) =>
        ChangeMeetingAsync(id, currentActor.RequireAsync, (_, meeting, organiser, now) =>
        {
            meeting.Cancel(organiser, reason, now);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task SignUpAsync(MeetingId id, CancellationToken cancellationToken = default) =>
        ChangeMeetingAsync(id, ct => currentActor.RequireToAsync(Participation.Sign, ct), async (db, meeting, person, now) =>
        {
            var already = await db.MeetingSignUps.AnyAsync(r => r.MeetingId == id && r.UserId == person.Id, cancellationToken);
            db.MeetingSignUps.Add(meeting.SignUp(person, already, now));
        }, cancellationToken);

    /// <summary>Frees one's seat; allowed even while suspended, since it only takes one out.</summary>
    public Task WithdrawAsync(MeetingId id, CancellationToken cancellationToken = default) =>
        ChangeMeetingAsync(id, currentActor.RequireAccountAsync, async (db, meeting, person, now) =>
        {
            var registration = await db.MeetingSignUps.SingleOrDefaultAsync(r => r.MeetingId == id && r.UserId == person.Id, cancellationToken)
                ?? throw new DomainException(DomainErrors.MeetingNotSignedUp);
            meeting.Withdraw(registration, now);
            db.MeetingSignUps.Remove(registration);
        }, cancellationToken);

    /// <summary>
    /// Loads the meeting, applies the change and saves. When someone else took or freed a seat, or cancelled the meeting,
    /// meanwhile, the change is tried again on fresh state (so the last seat goes to one person, and nobody signs up
    /// for, edits or re-cancels a cancelled meeting).
    /// </summary>
    private async Task ChangeMeetingAsync(
        MeetingId id,
        Func<CancellationToken, Task<Actor>> requireActor,
        Func<AppDbContext, Meeting, Actor, DateTimeOffset, Task> change,
        CancellationToken cancellationToken)
    {
        var actor = await requireActor(cancellationToken);
        await databases.ChangeAsync(
            db => db.Meetings.SingleOrNotFoundAsync(e => e.Id == id, cancellationToken),
            (db, meeting) => change(db, meeting, actor, clock.GetUtcNow()),
            cancellationToken, DomainErrors.MeetingBusy, DomainErrors.MeetingAlreadySignedUp);
    }

    private static async Task EnsureReferencesAsync(AppDbContext db, MeetingDraft draft, CancellationToken cancellationToken)
    {
        DomainException.ThrowIf(!await db.PolicyAreas.AnyAsync(a => a.Id == draft.Area, cancellationToken), DomainErrors.NotFound);
        DomainException.ThrowIf(!await db.Settlements.AnyAsync(s => s.Id == draft.Settlement, cancellationToken), DomainErrors.NotFound);
    }
}
