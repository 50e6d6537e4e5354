using System.Globalization;

namespace Dialogues.App.Features.Shell;

/// <summary>How dates are typed in the pickers of <see cref="DateField"/> and <see cref="DateTimeField"/>.</summary>
public static class DateFields
{
    /// <summary>
    /// Day, month and year in the culture's order and separators, with two-digit days and months. Bulgarian's own short
    /// pattern ends in " г.", which nobody types.
    /// </summary>
    public static string DateFormat =>
        CultureInfo.CurrentCulture.TwoLetterISOLanguageName == "bg" ? "dd.MM.yyyy" : CultureInfo.CurrentCulture.DateTimeFormat.ShortDatePattern;
}
