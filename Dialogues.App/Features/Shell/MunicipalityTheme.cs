using MudBlazor;

namespace Dialogues.App.Features.Shell;

/// <summary>MudBlazor's theme in the municipality's colours: the same values as app.css, each meeting WCAG AA on white.</summary>
public static class MunicipalityTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0b5394",
            PrimaryDarken = "#073763",
            Secondary = "#1e6b31",
            Tertiary = "#7a4d00",
            Info = "#0b5394",
            Success = "#1e6b31",
            Warning = "#7a4d00",
            Error = "#b3261e",
            AppbarBackground = "#0b5394",
            Background = "#f4f6f8",
            TextPrimary = "#1b1b1b",
            TextSecondary = "#4a4a4a",
            ActionDefault = "#4a4a4a",
            LinesDefault = "#c9d1d9",
            // A field's outline must stand out at 3:1 (WCAG 1.4.11): the grey of the plain fields.
            LinesInputs = "#767676",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Roboto", "Segoe UI", "Arial", "sans-serif"] },
            // Capitals make Cyrillic labels harder to read, and screen readers may spell them out.
            Button = new ButtonTypography { TextTransform = "none" },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "6px" },
    };
}
