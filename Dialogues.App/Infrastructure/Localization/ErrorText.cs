using System.Globalization;
using Dialogues.Domain.Shared;
using Microsoft.Extensions.Localization;

namespace Dialogues.App.Infrastructure.Localization;

/// <summary>Marker for ErrorText.resx: the texts of refusals that belong to no feature (access, forms, uploads).</summary>
public sealed class ErrorText;

/// <summary>
/// Describes a refusal in the reader's language from the texts of the feature that owns its code, so a feature's
/// refusals are written beside its other texts; codes of no feature read <see cref="ErrorText"/>.
/// </summary>
public sealed class ErrorTexts(PrefixedTexts<ErrorText> texts)
{
    public string Describe(DomainException exception) => texts[exception.Code, [.. exception.Arguments.Select(Culturally)]];

    /// <summary>The text of a code as stored (placeholders unfilled); marked not found when no text answers for it.</summary>
    public LocalizedString Find(string code) => texts[code];

    // Limits such as 20000 characters read "20 000" in Bulgarian and "20,000" in English.
    private static object Culturally(object argument) => argument switch
    {
        int or long or short => ((IFormattable)argument).ToString("N0", CultureInfo.CurrentCulture),
        _ => argument,
    };
}

public static class ErrorTextsServiceCollectionExtensions
{
    /// <summary>Makes <typeparamref name="TTexts"/>'s resources answer for the refusal codes under <paramref name="prefixes"/>.</summary>
    public static IServiceCollection AddErrorTexts<TTexts>(this IServiceCollection services, params string[] prefixes) =>
        services.AddPrefixedTexts<ErrorText, TTexts>(prefixes);
}
