using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.ReferenceData;
using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.Participants;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Events;

/// <summary>The events the person registered for and those they announced.</summary>
internal sealed class EventPersonalData : IPersonalDataSource
{
    public async Task<IReadOnlyDictionary<string, object>> ExportAsync(AppDbContext db, UserId person, ReferenceSnapshot reference, CancellationToken cancellationToken) =>
        new Dictionary<string, object>
        {
            ["eventRegistrations"] = await (
                from registration in db.EventRegistrations.AsNoTracking()
                join publicEvent in db.PublicEvents on registration.EventId equals publicEvent.Id
                where registration.UserId == person
                select new { Event = publicEvent.Title, publicEvent.Venue, publicEvent.StartsAt, registration.RegisteredAt })
                .ToListAsync(cancellationToken),
            ["eventsAnnounced"] = await db.PublicEvents.AsNoTracking().Where(e => e.OrganiserId == person && !e.ByMunicipality)
                .Select(e => new { e.Title, e.Description, e.Venue, e.OnlineLink, e.StartsAt, e.EndsAt, e.CreatedAt, e.CancelledAt, e.HiddenAt })
                .ToListAsync(cancellationToken),
        };
}
