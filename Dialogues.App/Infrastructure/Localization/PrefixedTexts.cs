using Microsoft.Extensions.Localization;

namespace Dialogues.App.Infrastructure.Localization;

/// <summary>A feature's resources answer for the keys under its prefixes ("Campaigns.", "Campaign.") of one kind of text.</summary>
public sealed record PrefixedTextSource<TShared>(Type Texts, IReadOnlyList<string> Prefixes);

/// <summary>
/// Texts looked up by a code whose first segment names the feature that owns it (a refusal, a notification template),
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

    private IStringLocalizer Of(string code) =>
        code.IndexOf('.', StringComparison.Ordinal) is > 0 and var dot && _byPrefix.TryGetValue(code[..dot], out var texts) ? texts : _shared;
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
