using System.Globalization;
using Dialogues.App.Infrastructure.Time;

namespace Dialogues.App.Infrastructure.Localization;

/// <summary>
/// Shows moments in the municipality's time zone and the reader's culture. Everything is stored in UTC.
/// </summary>
public sealed class Formats(MunicipalCalendar calendar)
{
    public string Date(DateTimeOffset moment) => calendar.ToLocal(moment).ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    public string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    public string DateTime(DateTimeOffset moment) => calendar.ToLocal(moment).ToString("d MMMM yyyy, HH:mm", CultureInfo.CurrentCulture);

    public string Number(double value, int decimals = 0) => value.ToString("N" + decimals, CultureInfo.CurrentCulture);

    /// <summary>Machine-readable form for &lt;time datetime&gt;.</summary>
    public static string Iso(DateTimeOffset moment) => moment.ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture);
}
