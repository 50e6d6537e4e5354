using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Components;

namespace Dialogues.App.Features.Accounts;

/// <summary>Redirects from the statically rendered account pages, refusing to leave the site.</summary>
internal sealed class AccountRedirects(NavigationManager navigation)
{
    [DoesNotReturn]
    public void RedirectTo(string? uri)
    {
        uri ??= "";
        if (!Uri.IsWellFormedUriString(uri, UriKind.Relative) || uri.StartsWith("//", StringComparison.Ordinal) || uri.StartsWith("/\\", StringComparison.Ordinal))
        {
            // An address elsewhere (or a malformed one) leads home: the site never sends anyone off it after signing in.
            uri = uri.StartsWith(navigation.BaseUri, StringComparison.OrdinalIgnoreCase) ? navigation.ToBaseRelativePath(uri) : "";
        }

        // During static rendering NavigateTo throws a NavigationException that the framework turns into a redirect.
        navigation.NavigateTo(uri);
        throw new InvalidOperationException($"{nameof(AccountRedirects)} can only be used during static rendering.");
    }

    [DoesNotReturn]
    public void RedirectTo(string uri, Dictionary<string, object?> query) =>
        RedirectTo(navigation.GetUriWithQueryParameters(navigation.ToAbsoluteUri(uri).GetLeftPart(UriPartial.Path), query));
}
