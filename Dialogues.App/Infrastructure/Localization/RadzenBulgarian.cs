using System.Globalization;
using System.Resources;

namespace Dialogues.App.Infrastructure.Localization;

/// <summary>
/// Bulgarian for the texts inside Radzen components (pager, date picker, dialogs ...). Radzen ships English
/// and falls back to it when this returns null, so only Bulgarian lives in RadzenBulgarian.resx.
/// </summary>
public sealed class RadzenBulgarian : Radzen.ILocalizer
{
    private static readonly ResourceManager Resources = new(typeof(RadzenBulgarian).FullName!, typeof(RadzenBulgarian).Assembly);

    public string? Get(string key, CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "bg" ? Resources.GetString(key, CultureInfo.InvariantCulture) : null;
}
