using System.Globalization;
using System.Resources;

namespace Dialogues.App.Infrastructure.Localization;

/// <summary>
/// Localized messages and field names for data-annotation attributes, which need static properties.
/// Each property reads the current UI culture when validation runs.
/// </summary>
public static class ValidationText
{
    private static readonly ResourceManager Resources = new(typeof(ValidationText).FullName!, typeof(ValidationText).Assembly);

    private static string Get(string name) => Resources.GetString(name, CultureInfo.CurrentUICulture) ?? name;

    public static string Required => Get(nameof(Required));
    public static string Email => Get(nameof(Email));
    public static string Length => Get(nameof(Length));
    public static string MaxLength => Get(nameof(MaxLength));
    public static string PasswordsDiffer => Get(nameof(PasswordsDiffer));
    public static string TermsRequired => Get(nameof(TermsRequired));
    public static string Range => Get(nameof(Range));

    public static string FieldEmail => Get(nameof(FieldEmail));
    public static string FieldPassword => Get(nameof(FieldPassword));
    public static string FieldNewPassword => Get(nameof(FieldNewPassword));
    public static string FieldCurrentPassword => Get(nameof(FieldCurrentPassword));
    public static string FieldConfirmPassword => Get(nameof(FieldConfirmPassword));
    public static string FieldDisplayName => Get(nameof(FieldDisplayName));
}
