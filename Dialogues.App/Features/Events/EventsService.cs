using Dialogues.Domain.Moderation;
using Dialogues.App.Features.Accounts;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Security;
using Dialogues.Domain.Events;
using Dialogues.Domain.Participants;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Events;

public enum EventPeriod
{
    Upcoming,
    Past,
}

public sealed record EventFilter(EventPeriod Period, PolicyAreaId? Area = null, SettlementId? Settlement = null, bool IncludeCancelled = true);

/// <param name="CommunityOrganiser">The resident or NGO who organises it; null for the municipality's own events.</param>
public sealed record EventRow(
    PublicEventId Id,
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
/// An event as its page shows it to the reader. <paramref name="OrganiserName"/> is null for the municipality's own
/// events. Its organiser and staff may change it; <paramref name="Attendees"/> is for staff only (null for anyone
/// else), to plan the room: a resident organiser has no need of other residents' names.
/// </summary>
public sealed record EventDetails(
    PublicEvent Event,
    string? OrganiserName,
    bool RegisteredByMe,
    bool CanManage,
    IReadOnlyList<string>? Attendees,
    bool RegistrationOpen,
    bool IsOver);

/// <summary>
/// Public events: staff, residents and NGOs schedule them and change or cancel their own (staff any); residents
/// register to come and withdraw. Events a moderator hid are out of every list.
/// </summary>
public sealed class EventsService(IDbContextFactory<AppDbContext> databases, CurrentActor currentActor, TimeProvider clock)
{
    public const int AttendeesShown = 500;


    /// <summary>Upcoming events (those still going on included) soonest first, or past ones latest first.</summary>
    public async Task<Page<EventRow>> ListAsync(EventFilter filter, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var events = db.PublicEvents.AsNoTracking().Where(e => e.HiddenAt == null);
        events = filter.Period == EventPeriod.Upcoming
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
                Row = new EventRow(e.Id, e.Title, e.PolicyAreaId, e.SettlementId, e.Venue, e.StartsAt, e.EndsAt, e.Capacity, e.Attendance, e.CancelledAt != null, null),
                e.OrganiserId,
                e.ByMunicipality,
            })
            .ToPageAsync(skip, take, cancellationToken);
        // One query for the names of the page's resident and NGO organisers.
        var names = await ParticipantNames.LoadAsync(db, page.Items.Where(e => !e.ByMunicipality).Select(e => e.OrganiserId), cancellationToken);
        return page.With(page.Items.Select(e => e.ByMunicipality ? e.Row : e.Row with { CommunityOrganiser = names.GetValueOrDefault(e.OrganiserId, "") }).ToList());
    }

    public async Task<EventDetails?> FindAsync(PublicEventId id, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.FindAsync(cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var publicEvent = await db.PublicEvents.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (publicEvent is null || !publicEvent.IsVisibleTo(actor))
        {
            return null;
        }
        var registered = actor is not null && await db.EventRegistrations.AnyAsync(r => r.EventId == id && r.UserId == actor.Id, cancellationToken);
        var organiser = publicEvent.ByMunicipality
            ? null
            : (await ParticipantNames.LoadAsync(db, [publicEvent.OrganiserId], cancellationToken)).GetValueOrDefault(publicEvent.OrganiserId);
        IReadOnlyList<string>? attendees = null;
        if (actor is { IsStaff: true })
        {
            var ids = await db.EventRegistrations.AsNoTracking().Where(r => r.EventId == id).OrderBy(r => r.RegisteredAt)
                .Select(r => r.UserId).Take(AttendeesShown).ToListAsync(cancellationToken);
            var names = await ParticipantNames.LoadAsync(db, ids, cancellationToken);
            attendees = ids.Select(u => names.GetValueOrDefault(u, "")).Where(n => n.Length > 0).ToList();
        }
        var now = clock.GetUtcNow();
        return new EventDetails(publicEvent, organiser, registered, publicEvent.MayManage(actor), attendees, publicEvent.RegistrationOpen(now), publicEvent.HasEnded(now));
    }

    /// <summary>The event alone, for its calendar file: an HTTP request, outside any circuit and without a reader.</summary>
    public async Task<PublicEvent?> CalendarEntryAsync(PublicEventId id, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.PublicEvents.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id && e.HiddenAt == null, cancellationToken);
    }

    /// <param name="submission">The form's own id for the event: sent twice, the form finds the one it announced.</param>
    public async Task<PublicEventId> ScheduleAsync(EventDraft draft, Guid? submission = null, CancellationToken cancellationToken = default)
    {
        var organiser = await currentActor.RequireToAsync(Participation.Post, cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var id = new PublicEventId(submission ?? Guid.NewGuid());
        if (await db.PublicEvents.AnyAsync(e => e.Id == id && e.OrganiserId == organiser.Id, cancellationToken))
        {
            return id;
        }
        await EnsureReferencesAsync(db, draft, cancellationToken);
        var publicEvent = PublicEvent.Schedule(organiser, draft, clock.GetUtcNow(), id);
        db.PublicEvents.Add(publicEvent);
        await db.SaveOncePerPersonAsync(cancellationToken);
        return publicEvent.Id;
    }

    public Task ChangeAsync(PublicEventId id, EventDraft draft, CancellationToken cancellationToken = default) =>
        ChangeEventAsync(id, currentActor.RequireAsync, async (db, publicEvent, organiser, now) =>
        {
            await EnsureReferencesAsync(db, draft, cancellationToken);
            publicEvent.Change(organiser, draft, now);
        }, cancellationToken);

    public Task CancelAsync(PublicEventId id, string? reason, CancellationToken cancellationToken = default) =>
        ChangeEventAsync(id, currentActor.RequireAsync, (_, publicEvent, organiser, now) =>
        {
            publicEvent.Cancel(organiser, reason, now);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task RegisterAsync(PublicEventId id, CancellationToken cancellationToken = default) =>
        ChangeEventAsync(id, ct => currentActor.RequireToAsync(Participation.Sign, ct), async (db, publicEvent, person, now) =>
        {
            var already = await db.EventRegistrations.AnyAsync(r => r.EventId == id && r.UserId == person.Id, cancellationToken);
            db.EventRegistrations.Add(publicEvent.Register(person, already, now));
        }, cancellationToken);

    /// <summary>Frees one's seat; allowed even while suspended, since it only takes one out.</summary>
    public Task WithdrawAsync(PublicEventId id, CancellationToken cancellationToken = default) =>
        ChangeEventAsync(id, currentActor.RequireAccountAsync, async (db, publicEvent, person, now) =>
        {
            var registration = await db.EventRegistrations.SingleOrDefaultAsync(r => r.EventId == id && r.UserId == person.Id, cancellationToken)
                ?? throw new DomainException(DomainErrors.EventNotRegistered);
            publicEvent.Withdraw(registration, now);
            db.EventRegistrations.Remove(registration);
        }, cancellationToken);

    /// <summary>
    /// Loads the event, applies the change and saves. When someone else took or freed a seat, or cancelled the event,
    /// meanwhile, the change is tried again on fresh state (so the last seat goes to one person, and nobody registers
    /// for, edits or re-cancels a cancelled event).
    /// </summary>
    private async Task ChangeEventAsync(
        PublicEventId id,
        Func<CancellationToken, Task<Actor>> requireActor,
        Func<AppDbContext, PublicEvent, Actor, DateTimeOffset, Task> change,
        CancellationToken cancellationToken)
    {
        var actor = await requireActor(cancellationToken);
        await databases.ChangeAsync(
            db => db.PublicEvents.SingleOrNotFoundAsync(e => e.Id == id, cancellationToken),
            (db, publicEvent) => change(db, publicEvent, actor, clock.GetUtcNow()),
            cancellationToken, DomainErrors.EventBusy, DomainErrors.EventAlreadyRegistered);
    }

    private static async Task EnsureReferencesAsync(AppDbContext db, EventDraft draft, CancellationToken cancellationToken)
    {
        DomainException.ThrowIf(!await db.PolicyAreas.AnyAsync(a => a.Id == draft.Area, cancellationToken), DomainErrors.NotFound);
        DomainException.ThrowIf(!await db.Settlements.AnyAsync(s => s.Id == draft.Settlement, cancellationToken), DomainErrors.NotFound);
    }
}
