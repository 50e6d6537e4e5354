namespace Dialogues.Domain.Shared;

/// <summary>An absolute http(s) address with a real host name, as links and sources people give must be.</summary>
public static class WebAddress
{
    public static bool IsValid(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Contains('.');
}
