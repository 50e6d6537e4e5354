using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Dialogues.App.Infrastructure.Email;

public sealed class PlatformOptions
{
    public const string Section = "Platform";

    /// <summary>
    /// The address people reach the site at, for every absolute link (emails, calendar files). Empty outside Production:
    /// the address the server listens on.
    /// </summary>
    public string? PublicUrl { get; set; }

    public static bool IsValid(string? publicUrl, bool required) => string.IsNullOrWhiteSpace(publicUrl)
        ? !required
        : Uri.TryCreate(publicUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}

/// <summary>Absolute links for places with no request to take the host from (emails, jobs).</summary>
public sealed class PublicUrl(IOptions<PlatformOptions> options, IServer server)
{
    public string Base
    {
        get
        {
            var configured = options.Value.PublicUrl;
            var address = string.IsNullOrWhiteSpace(configured)
                ? server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost:5000"
                : configured;
            return address.TrimEnd('/') + "/";
        }
    }

    public string To(string relative) => Base + relative.TrimStart('/');
}
