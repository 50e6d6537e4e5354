namespace Dialogues.App.Infrastructure.Time;

/// <summary>
/// The municipality's calendar: what day it is there, and where its days begin. Legal terms, deadlines, windows and
/// digests count in its days, whatever the server's own time zone. Everything is stored in UTC.
/// </summary>
public sealed class MunicipalCalendar(TimeProvider clock, TimeZoneInfo zone)
{
    /// <summary>The time zone of the municipalities served today (all in Bulgaria).</summary>
    public static readonly TimeZoneInfo Bulgaria = TimeZoneInfo.FindSystemTimeZoneById("Europe/Sofia");

    public TimeZoneInfo Zone => zone;

    /// <summary>Today's date in the municipality.</summary>
    public DateOnly Today => DateOf(clock.GetUtcNow());

    /// <summary>The moment as the municipality's clocks show it.</summary>
    public DateTimeOffset ToLocal(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, zone);

    /// <summary>The municipality's calendar date on which <paramref name="moment"/> falls.</summary>
    public DateOnly DateOf(DateTimeOffset moment) => DateOnly.FromDateTime(ToLocal(moment).DateTime);

    /// <summary>The moment a day begins in the municipality, for filtering stored moments by local dates.</summary>
    public DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight)).ToUniversalTime();
    }

    /// <summary>The wall-clock time in the municipality, as a date and time field shows it.</summary>
    public DateTime WallClock(DateTimeOffset moment) => ToLocal(moment).DateTime;

    /// <summary>The moment a wall-clock time in the municipality (from a date and time field) stands for.</summary>
    public DateTimeOffset FromWallClock(DateTime local) => new(local, zone.GetUtcOffset(local));
}
