using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components;

namespace Dialogues.App.Features.Shell;

/// <summary>
/// A decorative MudBlazor icon as plain SVG markup, built once per icon for the whole app. Lists show an icon on every
/// row (the thumbs of each comment), and a <c>MudIcon</c> component per row would cost each circuit memory for nothing.
/// </summary>
public static class Glyph
{
    private static readonly ConcurrentDictionary<string, MarkupString> Built = new();

    /// <param name="icon">One of MudBlazor's <c>Icons</c> (SVG content for a 24 × 24 box).</param>
    public static MarkupString Of(string icon) => Built.GetOrAdd(icon, static svg => new MarkupString(
        $"""<svg class="icon" viewBox="0 0 24 24" width="20" height="20" fill="currentColor" aria-hidden="true" focusable="false">{svg}</svg>"""));
}
