using Dialogues.App.Infrastructure.Email;
using Dialogues.App.Infrastructure.Localization;
using Dialogues.Domain.Notifications;
using Microsoft.Extensions.Localization;

namespace Dialogues.App.Features.Notifications;

/// <summary>
/// The emails of notifications, rendered in each recipient's language: one per notification for "immediately",
/// one per period for digests, each with unsubscribe links for its kind and for everything.
/// </summary>
internal sealed class NotificationEmails(EmailComposer composer, IStringLocalizer<NotificationText> text, PrefixedTexts<NotificationText> templates, PublicUrl urls, UnsubscribeTokens tokens, Formats format)
{
    public OutboxMessage Immediate(Recipient recipient, Notification notification, DateTimeOffset now)
    {
        using var culture = CultureScope.Use(recipient.Culture);
        var title = templates.TitleOf(notification, format);
        var email = composer.Compose(
            recipient.Email,
            title,
            [title, text[$"Kind.{notification.Kind}.Why"]],
            new EmailAction(text["Email.Open"], urls.To(notification.Link)),
            Unsubscribe(recipient, notification.Kind));
        return Outbox(recipient, email, now, notification.Id);
    }

    /// <summary>A digest: the notifications grouped under the item or place they belong to.</summary>
    public OutboxMessage Digest(Recipient recipient, DigestPeriod period, IReadOnlyList<(string Group, IReadOnlyList<Notification> Items)> groups, DateTimeOffset now)
    {
        using var culture = CultureScope.Use(recipient.Culture);
        var count = groups.Sum(g => g.Items.Count);
        var paragraphs = new List<string> { text.Plural($"Digest.{period}.Intro", count) };
        foreach (var (group, items) in groups)
        {
            paragraphs.Add(group);
            paragraphs.AddRange(items.Select(n => $"• {templates.TitleOf(n, format)} – {urls.To(n.Link)}"));
        }
        var email = composer.Compose(
            recipient.Email,
            text[$"Digest.{period}.Subject"],
            paragraphs,
            new EmailAction(text["Email.AllNotifications"], urls.To("notifications")),
            Unsubscribe(recipient, null));
        return Outbox(recipient, email, now, null);
    }

    private EmailUnsubscribe Unsubscribe(Recipient recipient, NotificationKind? kind) => new(
        kind is null ? null : new EmailAction(text["Email.UnsubscribeKind", text[$"Kind.{kind}"]], urls.To($"unsubscribe?token={Uri.EscapeDataString(tokens.Create(recipient.Id, kind))}")),
        new EmailAction(text["Email.UnsubscribeAll"], urls.To($"unsubscribe?token={Uri.EscapeDataString(tokens.Create(recipient.Id, null))}")));

    private static OutboxMessage Outbox(Recipient recipient, EmailMessage email, DateTimeOffset now, Guid? notification) => new()
    {
        UserId = recipient.Id,
        NotificationId = notification,
        To = email.To,
        Subject = email.Subject,
        PlainText = email.PlainText,
        Html = email.Html,
        CreatedAt = now,
        NextAttemptAt = now,
    };
}
