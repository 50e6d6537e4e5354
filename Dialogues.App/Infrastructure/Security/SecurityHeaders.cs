using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Dialogues.App.Infrastructure.Security;

/// <summary>
/// Where pages may load from besides the site itself. Features add what they need (the map adds its tile server),
/// so the policy stays as narrow as the configuration allows.
/// </summary>
public sealed class ContentSecurityOptions
{
    public List<string> ImageSources { get; } = [];
}

/// <summary>
/// Headers on every response: a Content-Security-Policy that runs no inline script except the import map that
/// carries this request's nonce, and refuses plugins, foreign framing and a base URL pointing elsewhere. Whatever
/// people write is rendered as text, and this is the second wall should a place ever render it as markup.
/// <c>base-uri</c> is <c>'self'</c>, not <c>'none'</c>: Blazor resolves every link and its own scripts against the
/// page's <c>&lt;base href="/"&gt;</c>.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next, IOptions<ContentSecurityOptions> options)
{
    private const string NonceKey = "csp-nonce";

    private readonly string _imageSources = string.Join(' ', options.Value.ImageSources.Distinct());

    /// <summary>This request's script nonce, for the one inline script Blazor needs (the import map).</summary>
    public static string? NonceOf(HttpContext? context) => context?.Items[NonceKey] as string;

    public Task InvokeAsync(HttpContext context)
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
        context.Items[NonceKey] = nonce;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            // A response with a stricter policy of its own (an uploaded file is sandboxed) keeps it.
            if (headers.ContentSecurityPolicy.Count == 0)
            {
                headers.ContentSecurityPolicy =
                    $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; " +
                    $"img-src 'self' data: blob: {_imageSources}; font-src 'self' data:; connect-src 'self'; " +
                    "object-src 'none'; base-uri 'self'; frame-ancestors 'self'; form-action 'self'";
            }
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            return Task.CompletedTask;
        });
        return next(context);
    }
}

public static class SecurityHeadersExtensions
{
    /// <summary>Lets pages load images from <paramref name="url"/>'s origin (a map's tile server, say).</summary>
    public static IServiceCollection AllowImagesFrom(this IServiceCollection services, Func<IServiceProvider, string?> url)
    {
        services.AddOptions<ContentSecurityOptions>().Configure<IServiceProvider>((o, provider) =>
        {
            if (OriginOf(url(provider)) is { } origin)
            {
                o.ImageSources.Add(origin);
            }
        });
        return services;
    }

    /// <summary>
    /// The origin of a URL template such as <c>https://{s}.tile.example/{z}/{x}/{y}.png</c>, whose host may hold a
    /// placeholder (then any subdomain), or null when it is not an absolute http(s) address.
    /// </summary>
    internal static string? OriginOf(string? template)
    {
        if (template is null || !(template.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || template.StartsWith("http://", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }
        var hostStart = template.IndexOf("://", StringComparison.Ordinal) + 3;
        var hostEnd = template.IndexOf('/', hostStart);
        var origin = (hostEnd < 0 ? template : template[..hostEnd]).Replace("{s}", "*", StringComparison.Ordinal);
        return origin.Any(c => char.IsWhiteSpace(c) || c is ';' or ',' or '\'' or '{' or '}') ? null : origin;
    }
}
