using System.Globalization;
using Dialogues.Domain.Shared;
using Microsoft.Extensions.Localization;

namespace Dialogues.App.Infrastructure.Localization;

/// <summary>Marker for ErrorText.resx: the texts of refused actions, keyed by <see cref="DomainErrors"/> codes.</summary>
public sealed class ErrorText;

public static class ErrorTextExtensions
{
    public static string Describe(this IStringLocalizer<ErrorText> localizer, DomainException exception) =>
        localizer[exception.Code, [.. exception.Arguments.Select(Culturally)]];

    // Limits such as 20000 characters read "20 000" in Bulgarian and "20,000" in English.
    private static object Culturally(object argument) => argument switch
    {
        int or long or short => ((IFormattable)argument).ToString("N0", CultureInfo.CurrentCulture),
        _ => argument,
    };
}
