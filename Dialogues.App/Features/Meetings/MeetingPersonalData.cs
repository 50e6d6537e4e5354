using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.ReferenceData;
using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.Participants;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Meetings;

/// <summary>The meetings the person signed up for and those they announced.</summary>
internal sealed class MeetingPersonalData : IPersonalDataSource
{
    public async Task<IReadOnlyDictionary<string, object>> ExportAsync(AppDbContext db, UserId person, ReferenceSnapshot reference, CancellationToken cancellationToken) =>
        new Dictionary<string, object>
        {
            ["eventRegistrations"] = await (
                from registration in db.MeetingSignUps.AsNoTracking()
                join meeting in db.Meetings on registration.MeetingId equals meeting.Id
                where registration.UserId == person
                select new { Event = meeting.Title, meeting.Venue, meeting.StartsAt, registration.SignedUpAt })
                .ToListAsync(cancellationToken),
            ["eventsAnnounced"] = await db.Meetings.AsNoTracking().Where(e => e.OrganiserId == person && !e.ByMunicipality)
                .Select(e => new { e.Title, e.Description, e.Venue, e.OnlineLink, e.StartsAt, e.EndsAt, e.CreatedAt, e.CancelledAt, e.HiddenAt })
                .ToListAsync(cancellationToken),
        };
}
