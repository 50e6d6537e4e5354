using System.Text.RegularExpressions;
using Dialogues.Domain.Shared;

namespace Dialogues.Domain.DialogueSpaces;

public enum VideoHost
{
    YouTube,
    Vimeo,
}

/// <summary>A YouTube or Vimeo video, kept as its host and id so it can be shown as a link or a privacy-friendly embed.</summary>
public sealed partial record VideoLink(VideoHost Host, string VideoId)
{
    public string WatchUrl => Host == VideoHost.YouTube
        ? $"https://www.youtube.com/watch?v={VideoId}"
        : $"https://vimeo.com/{VideoId}";

    /// <summary>The no-cookie / do-not-track player, loaded only when the reader asks for it.</summary>
    public string EmbedUrl => Host == VideoHost.YouTube
        ? $"https://www.youtube-nocookie.com/embed/{VideoId}"
        : $"https://player.vimeo.com/video/{VideoId}?dnt=1";

    public static VideoLink Parse(string url)
    {
        var trimmed = url.Trim();
        if (Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http")
        {
            var host = uri.Host.ToLowerInvariant();
            if (host is "youtu.be" && YouTubeId().Match(uri.AbsolutePath.Trim('/')) is { Success: true } shortId)
            {
                return new VideoLink(VideoHost.YouTube, shortId.Value);
            }
            if (host is "youtube.com" or "www.youtube.com" or "m.youtube.com" or "youtube-nocookie.com" or "www.youtube-nocookie.com")
            {
                var id = QueryValue(uri.Query, "v") ?? PathId(uri.AbsolutePath, "embed", "shorts", "live");
                if (id is not null && YouTubeId().IsMatch(id) && id.Length == 11)
                {
                    return new VideoLink(VideoHost.YouTube, id);
                }
            }
            if (host is "vimeo.com" or "www.vimeo.com" or "player.vimeo.com" && VimeoId().Match(uri.AbsolutePath) is { Success: true } vimeo)
            {
                return new VideoLink(VideoHost.Vimeo, vimeo.Groups[1].Value);
            }
        }
        throw new DomainException(DomainErrors.DialogueVideoLink, trimmed);
    }

    public override string ToString() => WatchUrl;

    private static string? QueryValue(string query, string key) =>
        query.TrimStart('?').Split('&').Select(p => p.Split('=', 2)).FirstOrDefault(p => p.Length == 2 && p[0] == key)?[1];

    private static string? PathId(string path, params string[] prefixes)
    {
        var parts = path.Trim('/').Split('/');
        return parts.Length == 2 && prefixes.Contains(parts[0]) ? parts[1] : null;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{11}$")]
    private static partial Regex YouTubeId();

    [GeneratedRegex(@"^/(?:video/)?(\d{5,12})/?$")]
    private static partial Regex VimeoId();
}
