using System.Globalization;
using System.Resources;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Dialogues.App.Infrastructure.Localization;

/// <summary>
/// Bulgarian for the texts inside MudBlazor components (pager, dialogs, tabs ...). MudBlazor ships English and uses
/// it whenever this has no text, so only Bulgarian lives in MudBulgarian.resx, keyed by MudBlazor's resource names.
/// </summary>
public sealed class MudBulgarian : MudLocalizer
{
    private static readonly ResourceManager Resources = new(typeof(MudBulgarian).FullName!, typeof(MudBulgarian).Assembly);

    public override LocalizedString this[string key] =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "bg" && Resources.GetString(key, CultureInfo.InvariantCulture) is { } text
            ? new LocalizedString(key, text)
            : base[key];

    public override LocalizedString this[string key, params object[] arguments] =>
        this[key] is { ResourceNotFound: false } text
            ? new LocalizedString(key, string.Format(CultureInfo.CurrentCulture, text.Value, arguments))
            : base[key, arguments];
}
