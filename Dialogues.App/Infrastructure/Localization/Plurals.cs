using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Dialogues.App.Infrastructure.Localization;

/// <summary>
/// Picks the plural form of a counted phrase. Resource files hold <c>Key.One</c> and <c>Key.Other</c>
/// with <c>{0}</c> for the number; Bulgarian and English both distinguish exactly one from the rest.
/// </summary>
public static class Plurals
{
    public static string Plural(this IStringLocalizer localizer, string key, long count)
    {
        var form = count == 1 ? "One" : "Other";
        return string.Format(CultureInfo.CurrentCulture, localizer[$"{key}.{form}"], count.ToString("N0", CultureInfo.CurrentCulture));
    }
}
