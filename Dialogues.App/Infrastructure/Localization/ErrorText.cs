using System.Globalization;
using Dialogues.Domain.Shared;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;

namespace Dialogues.App.Infrastructure.Localization;

/// <summary>Marker for ErrorText.resx: the texts of refusals that belong to no feature (access, forms, uploads).</summary>
public sealed class ErrorText;

/// <summary>A feature's texts answer for the refusal codes that start with one of its prefixes ("Campaigns.").</summary>
public sealed record ErrorTextSource(Type Texts, IReadOnlyList<string> Prefixes);

/// <summary>
/// Describes a refusal in the reader's language from the texts of the feature that owns its code, so a feature's
/// refusals are written beside its other texts; codes of no feature read <see cref="ErrorText"/>.
/// </summary>
public sealed class ErrorTexts(IStringLocalizerFactory factory, IEnumerable<ErrorTextSource> sources)
{
    private readonly Dictionary<string, IStringLocalizer> _byPrefix = sources
        .SelectMany(s => s.Prefixes.Select(prefix => (prefix, Texts: factory.Create(s.Texts))))
        .ToDictionary(s => s.prefix, s => s.Texts);

    private readonly IStringLocalizer _shared = factory.Create(typeof(ErrorText));

    public string Describe(DomainException exception) => Of(exception.Code)[exception.Code, [.. exception.Arguments.Select(Culturally)]];

    /// <summary>The text of a code as stored (placeholders unfilled); marked not found when no text answers for it.</summary>
    public LocalizedString Find(string code) => Of(code)[code];

    private IStringLocalizer Of(string code) =>
        code.IndexOf('.', StringComparison.Ordinal) is > 0 and var dot && _byPrefix.TryGetValue(code[..dot], out var texts) ? texts : _shared;

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
    public static IServiceCollection AddErrorTexts<TTexts>(this IServiceCollection services, params string[] prefixes)
    {
        services.AddSingleton(new ErrorTextSource(typeof(TTexts), prefixes));
        services.TryAddSingleton<ErrorTexts>();
        return services;
    }
}
