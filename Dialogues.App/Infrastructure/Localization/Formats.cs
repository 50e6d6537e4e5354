using System.Globalization;

namespace Dialogues.App.Infrastructure.Localization;

/// <summary>
/// Shows moments in the municipality's time zone and the reader's culture. Everything is stored in UTC.
/// </summary>
public sealed class Formats
{
    public static readonly TimeZoneInfo Sofia = TimeZoneInfo.FindSystemTimeZoneById("Europe/Sofia");

    public static DateTimeOffset ToLocal(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Sofia);

    /// <summary>The calendar date in Sofia on which <paramref name="moment"/> falls.</summary>
    public static DateOnly LocalDate(DateTimeOffset moment) => DateOnly.FromDateTime(ToLocal(moment).DateTime);

    /// <summary>The moment a day begins in the municipality, for filtering stored moments by local dates.</summary>
    public static DateTimeOffset StartOfLocalDay(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, Sofia.GetUtcOffset(midnight)).ToUniversalTime();
    }

    /// <summary>The wall-clock time in Sofia, as a datetime-local input shows it.</summary>
    public static DateTime LocalClock(DateTimeOffset moment) => ToLocal(moment).DateTime;

    /// <summary>The moment a wall-clock time in Sofia (from a datetime-local input) stands for.</summary>
    public static DateTimeOffset FromLocalClock(DateTime local) => new(local, Sofia.GetUtcOffset(local));

    public string Date(DateTimeOffset moment) => ToLocal(moment).ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    public string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    public string DateTime(DateTimeOffset moment) => ToLocal(moment).ToString("d MMMM yyyy, HH:mm", CultureInfo.CurrentCulture);

    public string Number(double value, int decimals = 0) => value.ToString("N" + decimals, CultureInfo.CurrentCulture);

    /// <summary>Machine-readable form for &lt;time datetime&gt;.</summary>
    public static string Iso(DateTimeOffset moment) => moment.ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture);
}
