using System.Globalization;
using System.Text;
using Dialogues.Domain.Events;

namespace Dialogues.App.Features.Events;

/// <summary>
/// An event as an iCalendar file (RFC 5545) for "add to my calendar". Written here because no iCalendar library
/// is in the package feed; the format needs only escaping, UTC times and lines folded at 75 octets.
/// </summary>
public static class EventCalendar
{
    private const int MaxLineOctets = 75;

    public static string Write(PublicEvent publicEvent, string pageUrl, string host)
    {
        var text = new StringBuilder();
        Line(text, "BEGIN:VCALENDAR");
        Line(text, "VERSION:2.0");
        Line(text, "PRODID:-//Dialogues Botevgrad//Events//BG");
        Line(text, "CALSCALE:GREGORIAN");
        Line(text, "METHOD:PUBLISH");
        Line(text, "BEGIN:VEVENT");
        // The same UID on every download, so a calendar updates the entry instead of adding another.
        Line(text, $"UID:{publicEvent.Id.Value}@{host}");
        Line(text, $"DTSTAMP:{Utc(publicEvent.UpdatedAt)}");
        Line(text, $"LAST-MODIFIED:{Utc(publicEvent.UpdatedAt)}");
        Line(text, $"DTSTART:{Utc(publicEvent.StartsAt)}");
        Line(text, $"DTEND:{Utc(publicEvent.EndsAt)}");
        Line(text, $"SUMMARY:{Escape(publicEvent.Title)}");
        Line(text, $"LOCATION:{Escape(publicEvent.Venue)}");
        Line(text, $"DESCRIPTION:{Escape($"{publicEvent.Description}\n\n{publicEvent.OnlineLink ?? pageUrl}")}");
        Line(text, $"URL:{pageUrl}");
        Line(text, $"STATUS:{(publicEvent.IsCancelled ? "CANCELLED" : "CONFIRMED")}");
        Line(text, "END:VEVENT");
        Line(text, "END:VCALENDAR");
        return text.ToString();
    }

    private static string Utc(DateTimeOffset moment) => moment.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Escape(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>Appends a content line folded so no physical line passes 75 octets, never inside a character.</summary>
    private static void Line(StringBuilder text, string line)
    {
        var octets = 0;
        var limit = MaxLineOctets;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                text.Append("\r\n ");
                // A continuation line starts with the folding space, which counts.
                (octets, limit) = (0, MaxLineOctets - 1);
            }
            text.Append(rune.ToString());
            octets += size;
        }
        text.Append("\r\n");
    }
}
