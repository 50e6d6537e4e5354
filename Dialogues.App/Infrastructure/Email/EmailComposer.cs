using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.Localization;

namespace Dialogues.App.Infrastructure.Email;

/// <summary>
/// Builds the plain-text and HTML versions of a message in the current UI culture, inside the
/// platform's frame: its name at the top, and a footer that says why the reader got it.
/// </summary>
public sealed class EmailComposer(IStringLocalizer<EmailText> text, PublicUrl urls)
{
    public EmailMessage Compose(string to, string subject, IReadOnlyList<string> paragraphs, EmailAction? action = null, EmailUnsubscribe? unsubscribe = null)
    {
        var platform = text["PlatformName"].Value;
        var footer = text["Footer"].Value;
        var preferences = urls.To("notifications/settings");

        var plain = new StringBuilder();
        plain.AppendLine(platform).AppendLine();
        foreach (var paragraph in paragraphs)
        {
            plain.AppendLine(paragraph).AppendLine();
        }
        if (action is not null)
        {
            plain.AppendLine(CultureInfo.InvariantCulture, $"{action.Text}: {action.Url}").AppendLine();
        }
        plain.AppendLine("--").AppendLine(footer).AppendLine(CultureInfo.InvariantCulture, $"{text["Preferences"]}: {preferences}");
        foreach (var link in unsubscribe?.Links ?? [])
        {
            plain.AppendLine(CultureInfo.InvariantCulture, $"{link.Text}: {link.Url}");
        }

        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html><body style=\"font-family:Arial,sans-serif;color:#1b1b1b;line-height:1.5\">");
        html.Append(CultureInfo.InvariantCulture, $"<p style=\"font-weight:bold;color:#0b5394\">{Encode(platform)}</p>");
        foreach (var paragraph in paragraphs)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{Encode(paragraph)}</p>");
        }
        if (action is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{Encode(action.Url)}\" style=\"background:#0b5394;color:#fff;padding:8px 16px;text-decoration:none;border-radius:4px\">{Encode(action.Text)}</a></p>");
            html.Append(CultureInfo.InvariantCulture, $"<p style=\"font-size:small\">{Encode(action.Url)}</p>");
        }
        html.Append(CultureInfo.InvariantCulture, $"<hr><p style=\"font-size:small;color:#555\">{Encode(footer)} <a href=\"{Encode(preferences)}\">{Encode(text["Preferences"])}</a>");
        foreach (var link in unsubscribe?.Links ?? [])
        {
            html.Append(CultureInfo.InvariantCulture, $" · <a href=\"{Encode(link.Url)}\">{Encode(link.Text)}</a>");
        }
        html.Append("</p>");
        html.Append("</body></html>");

        return new EmailMessage(to, $"{subject} · {text["PlatformShortName"]}", plain.ToString(), html.ToString());
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}

public sealed record EmailAction(string Text, string Url);

/// <summary>The unsubscribe links in an email's footer: this kind of email (if any), and everything.</summary>
public sealed record EmailUnsubscribe(EmailAction? ThisKind, EmailAction All)
{
    public IEnumerable<EmailAction> Links => ThisKind is null ? [All] : [ThisKind, All];
}
