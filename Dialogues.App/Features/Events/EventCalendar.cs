using Dialogues.Domain.Events;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Dialogues.App.Features.Events;

/// <summary>An event as an iCalendar file (RFC 5545) for "add to my calendar", written by Ical.Net.</summary>
public static class EventCalendar
{
    public static string Write(PublicEvent publicEvent, string pageUrl, string host)
    {
        var entry = new CalendarEvent
        {
            // The same UID on every download, so a calendar updates the entry instead of adding another.
            Uid = $"{publicEvent.Id.Value}@{host}",
            DtStamp = Utc(publicEvent.UpdatedAt),
            LastModified = Utc(publicEvent.UpdatedAt),
            Start = Utc(publicEvent.StartsAt),
            End = Utc(publicEvent.EndsAt),
            Summary = publicEvent.Title,
            Location = publicEvent.Venue,
            Description = $"{publicEvent.Description}\n\n{publicEvent.OnlineLink ?? pageUrl}",
            Url = new Uri(pageUrl),
            Status = publicEvent.IsCancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
        };
        var calendar = new Calendar { ProductId = "-//Dialogues Botevgrad//Events//BG", Method = "PUBLISH" };
        calendar.Events.Add(entry);
        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    private static CalDateTime Utc(DateTimeOffset moment) => new(moment.UtcDateTime, CalDateTime.UtcTzId);
}
