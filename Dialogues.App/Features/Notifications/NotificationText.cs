using Microsoft.Extensions.Localization;

namespace Dialogues.App.Features.Notifications;

/// <summary>Marker for NotificationText.resx: notification templates, the bell, the settings and digests.</summary>
public sealed class NotificationText;

public static class NotificationTextExtensions
{
    /// <summary>The one-line text of a notification in the current language.</summary>
    public static string TitleOf(this IStringLocalizer<NotificationText> text, Notification notification) =>
        text[$"{notification.Template}.Title", [.. notification.Arguments]];
}
