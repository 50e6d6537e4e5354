using Dialogues.Domain.Meetings;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Dialogues.App.Features.Meetings;

/// <summary>A meeting as an iCalendar event file (RFC 5545) for "add to my calendar", written by Ical.Net.</summary>
public static class MeetingCalendar
{
    public static string Write(Meeting meeting, string pageUrl, string host)
    {
        var entry = new CalendarEvent
        {
            // The same UID on every download, so a calendar updates the entry instead of adding another.
            Uid = $"{meeting.Id.Value}@{host}",
            DtStamp = Utc(meeting.UpdatedAt),
            LastModified = Utc(meeting.UpdatedAt),
            Start = Utc(meeting.StartsAt),
            End = Utc(meeting.EndsAt),
            Summary = meeting.Title,
            Location = meeting.Venue,
            Description = $"{meeting.Description}\n\n{meeting.OnlineLink ?? pageUrl}",
            Url = new Uri(pageUrl),
            Status = meeting.IsCancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
        };
        var calendar = new Calendar { ProductId = "-//Dialogues Botevgrad//Events//BG", Method = "PUBLISH" };
        calendar.Events.Add(entry);
        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    private static CalDateTime Utc(DateTimeOffset moment) => new(moment.UtcDateTime, CalDateTime.UtcTzId);
}
