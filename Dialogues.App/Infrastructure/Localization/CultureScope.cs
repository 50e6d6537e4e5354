using System.Globalization;

namespace Dialogues.App.Infrastructure.Localization;

/// <summary>Renders text in someone else's language for a moment (an email to a recipient who reads English).</summary>
public sealed class CultureScope : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    private CultureScope(string culture)
    {
        var target = CultureInfo.GetCultureInfo(Cultures.Supported.Contains(culture) ? culture : Cultures.Bulgarian);
        CultureInfo.CurrentCulture = target;
        CultureInfo.CurrentUICulture = target;
    }

    public static CultureScope Use(string culture) => new(culture);

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
