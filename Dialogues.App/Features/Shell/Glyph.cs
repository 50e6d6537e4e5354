using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dialogues.App.Features.Shell;

/// <summary>
/// The app's decorative icons (MudBlazor's Material icons). Each page carries them once, as symbols in a hidden sprite
/// (<see cref="Sprite"/>, in the static part of the page), and every use is a short reference to its symbol: a list
/// with two icons per row would otherwise repeat the whole drawing on every row, and a <c>MudIcon</c> component per
/// row would also cost each circuit memory.
/// </summary>
public static class Glyph
{
    private static readonly Dictionary<string, string> Symbols = new()
    {
        ["account"] = Icons.Material.Filled.AccountCircle,
        ["event"] = Icons.Material.Filled.Event,
        ["flag"] = Icons.Material.Filled.Flag,
        ["groups"] = Icons.Material.Filled.Groups,
        ["menu"] = Icons.Material.Filled.Menu,
        ["notifications"] = Icons.Material.Filled.Notifications,
        ["notifications-active"] = Icons.Material.Filled.NotificationsActive,
        ["notification-add"] = Icons.Material.Filled.NotificationAdd,
        ["place"] = Icons.Material.Filled.Place,
        ["play"] = Icons.Material.Filled.PlayCircle,
        ["thumb-up"] = Icons.Material.Filled.ThumbUp,
        ["thumb-down"] = Icons.Material.Filled.ThumbDown,
    };

    private static readonly Dictionary<string, MarkupString> Uses = Symbols.Keys.ToDictionary(name => name, name => new MarkupString(
        $"""<svg class="icon" width="20" height="20" aria-hidden="true" focusable="false"><use href="#glyph-{name}"></use></svg>"""));

    /// <summary>Every symbol, once per page.</summary>
    public static MarkupString Sprite { get; } = new(Symbols.Aggregate(
        new StringBuilder("""<svg xmlns="http://www.w3.org/2000/svg" class="glyph-sprite" aria-hidden="true" focusable="false">"""),
        (sprite, symbol) => sprite.Append(CultureInfo.InvariantCulture, $"""<symbol id="glyph-{symbol.Key}" viewBox="0 0 24 24" fill="currentColor">{symbol.Value}</symbol>"""),
        sprite => sprite.Append("</svg>").ToString()));

    /// <param name="name">A symbol's name: account, event, flag, groups, menu, notifications, notifications-active,
    /// notification-add, place, play, thumb-up, thumb-down.</param>
    public static MarkupString Of(string name) => Uses[name];
}
