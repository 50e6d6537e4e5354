using System.Text;
using System.Text.RegularExpressions;

namespace Dialogues.Tests.Support;

/// <summary>Reads the .eml files the app writes into its pickup folder.</summary>
public static partial class MailPickup
{
    public sealed record Mail(string To, string Subject, string Text);

    public static IReadOnlyList<Mail> Read(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }
        return Directory.GetFiles(folder, "*.eml")
            .OrderBy(File.GetCreationTimeUtc)
            .Select(path => Parse(File.ReadAllText(path)))
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

    private static Mail Parse(string raw)
    {
        var headerEnd = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = raw[..headerEnd];
        var to = Header(headers, "To");
        var subject = DecodeWords(Header(headers, "Subject"));
        var text = new StringBuilder();
        // Each MIME part: its headers tell how the body is encoded.
        foreach (Match part in PartPattern().Matches(raw))
        {
            var encoding = part.Groups["encoding"].Value.Trim().ToLowerInvariant();
            var body = part.Groups["body"].Value;
            text.AppendLine(encoding switch
            {
                "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(Regex.Replace(body, @"\s", ""))),
                "quoted-printable" => DecodeQuotedPrintable(body),
                _ => body,
            });
        }
        return new Mail(to, subject, text.ToString());
    }

    private static string Header(string headers, string name)
    {
        var match = Regex.Match(headers, $@"^{name}:[ \t]*(?<v>[^\r\n]*(?:\r\n[ \t][^\r\n]*)*)", RegexOptions.Multiline);
        return Regex.Replace(match.Groups["v"].Value, @"\r\n[ \t]", " ").Trim();
    }

    /// <summary>Decodes RFC 2047 words; adjacent words are joined as bytes first, since a character may be split across them.</summary>
    private static string DecodeWords(string value) =>
        Regex.Replace(value, @"(?:=\?utf-8\?[BQ]\?[^?]*\?=\s*)+", run =>
        {
            var bytes = new List<byte>();
            foreach (Match word in Regex.Matches(run.Value, @"=\?utf-8\?(?<e>[BQ])\?(?<t>[^?]*)\?=", RegexOptions.IgnoreCase))
            {
                bytes.AddRange(word.Groups["e"].Value.ToUpperInvariant() == "B"
                    ? Convert.FromBase64String(word.Groups["t"].Value)
                    : Encoding.UTF8.GetBytes(DecodeQuotedPrintable(word.Groups["t"].Value.Replace('_', ' '))));
            }
            return Encoding.UTF8.GetString([.. bytes]);
        }, RegexOptions.IgnoreCase);

    private static string DecodeQuotedPrintable(string value)
    {
        value = value.Replace("=\r\n", "");
        var bytes = new List<byte>();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '=' && i + 2 < value.Length && Uri.IsHexDigit(value[i + 1]) && Uri.IsHexDigit(value[i + 2]))
            {
                bytes.Add(Convert.ToByte(value.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(value[i].ToString()));
            }
        }
        return Encoding.UTF8.GetString([.. bytes]);
    }

    [GeneratedRegex(@"Content-Type:[^\r\n]*\r\nContent-Transfer-Encoding:(?<encoding>[^\r\n]*)\r\n\r\n(?<body>.*?)(?=\r\n--)", RegexOptions.Singleline)]
    private static partial Regex PartPattern();

    [GeneratedRegex(@"https?://[^\s""<>]+")]
    private static partial Regex LinkPattern();
}
