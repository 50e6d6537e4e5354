using System.Text.RegularExpressions;
using MimeKit;

namespace Dialogues.Tests.Support;

/// <summary>Reads the .eml files the app writes into its pickup folder.</summary>
public static partial class MailPickup
{
    /// <param name="Text">The plain and the HTML body, one after the other.</param>
    public sealed record Mail(string To, string Subject, string Text);

    public static IReadOnlyList<Mail> Read(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }
        return Directory.GetFiles(folder, "*.eml")
            .OrderBy(File.GetCreationTimeUtc)
            .Select(Parse)
            .ToList();
    }

    /// <summary>Waits until a message to <paramref name="to"/> arrives (mail is written before the request completes, but tests should not assume).</summary>
    public static async Task<Mail> WaitForAsync(string folder, string to, Func<Mail, bool>? match = null, int timeoutMs = 10_000) =>
        (await Eventually.Get(
            () => Task.FromResult(Read(folder).LastOrDefault(m => m.To.Contains(to, StringComparison.OrdinalIgnoreCase) && (match?.Invoke(m) ?? true))),
            mail => mail is not null,
            $"No mail to {to} in {folder}",
            TimeSpan.FromMilliseconds(timeoutMs)))!;

    public static string FirstLink(this Mail mail, string pathFragment) =>
        LinkPattern().Matches(mail.Text).Select(m => m.Value).First(l => l.Contains(pathFragment, StringComparison.Ordinal));

    private static Mail Parse(string path)
    {
        using var message = MimeMessage.Load(path);
        return new Mail(string.Join(", ", message.To.Mailboxes.Select(m => m.Address)), message.Subject ?? "", $"{message.TextBody}\n{message.HtmlBody}");
    }

    [GeneratedRegex(@"https?://[^\s""<>]+")]
    private static partial Regex LinkPattern();
}
