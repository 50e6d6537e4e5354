using System.Globalization;
using Dialogues.App.Infrastructure.Localization;

namespace Dialogues.App.Features.Notifications;

/// <summary>
/// Marker for NotificationText.resx: the bell, the settings, digests and the templates of no one feature (deadline
/// reminders). A feature's own templates ("Campaign.GoalReached.Title", its closing reminders
/// "Closing.Campaign.ClosesTomorrow.Title") are in its texts (AddNotificationTexts).
/// </summary>
public sealed class NotificationText;

public static class NotificationTextExtensions
{
    /// <summary>The one-line text of a notification in the current language, from the texts of its template's feature.</summary>
    public static string TitleOf(this PrefixedTexts<NotificationText> templates, Notification notification, Formats format) =>
        templates[$"{notification.Template}.Title", [.. notification.Arguments.Select(argument => NotificationArguments.Shown(argument, format))]];

    /// <summary>Makes <typeparamref name="TTexts"/>'s resources answer for the notification templates under <paramref name="prefixes"/>.</summary>
    public static IServiceCollection AddNotificationTexts<TTexts>(this IServiceCollection services, params string[] prefixes) =>
        services.AddPrefixedTexts<NotificationText, TTexts>(prefixes);
}

/// <summary>
/// A notification is stored once and read in either language, so dates travel in its arguments in a fixed form
/// and are written out in the reader's culture when shown ("13 декември 2026", "13 December 2026").
/// </summary>
public static class NotificationArguments
{
    private const string DateMark = "@date:", MomentMark = "@time:", DateForm = "yyyy-MM-dd", MomentForm = "yyyy-MM-ddTHH:mm:ssK";

    public static string Date(DateOnly date) => DateMark + date.ToString(DateForm, CultureInfo.InvariantCulture);

    public static string Moment(DateTimeOffset moment) => MomentMark + moment.ToUniversalTime().ToString(MomentForm, CultureInfo.InvariantCulture);

    /// <summary>The argument as the reader sees it; anything that is not a marked date is shown as stored.</summary>
    public static string Shown(string argument, Formats format)
    {
        if (argument.StartsWith(DateMark, StringComparison.Ordinal)
            && DateOnly.TryParseExact(argument.AsSpan(DateMark.Length), DateForm, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return format.Date(date);
        }
        if (argument.StartsWith(MomentMark, StringComparison.Ordinal)
            && DateTimeOffset.TryParseExact(argument.AsSpan(MomentMark.Length), MomentForm, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment))
        {
            return format.DateTime(moment);
        }
        return argument;
    }
}
