using Microsoft.Extensions.Localization;

namespace Dialogues.App.Infrastructure.Localization;

/// <summary>A feature's resources answer for the keys under its prefixes ("Campaigns", "Campaign", "Closing.Campaign") of one kind of text.</summary>
public sealed record PrefixedTextSource<TShared>(Type Texts, IReadOnlyList<string> Prefixes);

/// <summary>
/// Texts looked up by a code whose first segment (or first two) names the feature that owns it (a refusal, a notification template),
/// so each feature writes them beside its other texts; a code no feature claims reads the shared
/// <typeparamref name="TShared"/> resources.
/// </summary>
public sealed class PrefixedTexts<TShared>(IStringLocalizerFactory factory, IEnumerable<PrefixedTextSource<TShared>> sources)
{
    private readonly Dictionary<string, IStringLocalizer> _byPrefix = sources
        .SelectMany(s => s.Prefixes.Select(prefix => (prefix, Texts: factory.Create(s.Texts))))
        .ToDictionary(s => s.prefix, s => s.Texts);

    private readonly IStringLocalizer _shared = factory.Create(typeof(TShared));

    /// <summary>The text as stored (placeholders unfilled); marked not found when no resources answer for the code.</summary>
    public LocalizedString this[string code] => Of(code)[code];

    public LocalizedString this[string code, params object[] arguments] => Of(code)[code, arguments];

    /// <summary>The resources of the feature claiming the code's first two segments ("Closing.Campaign"), else its first.</summary>
    private IStringLocalizer Of(string code)
    {
        var first = code.IndexOf('.', StringComparison.Ordinal);
        if (first <= 0)
        {
            return _shared;
        }
        var second = code.IndexOf('.', first + 1);
        return second > 0 && _byPrefix.TryGetValue(code[..second], out var texts) ? texts
            : _byPrefix.TryGetValue(code[..first], out texts) ? texts
            : _shared;
    }
}

public static class PrefixedTextsServiceCollectionExtensions
{
    public static IServiceCollection AddPrefixedTexts<TShared, TTexts>(this IServiceCollection services, params string[] prefixes)
    {
        // The texts themselves are registered once, with the app's localization (AddAppLocalization).
        services.AddSingleton(new PrefixedTextSource<TShared>(typeof(TTexts), prefixes));
        return services;
    }
}
