using System.Net;
using System.Text.RegularExpressions;

namespace Dialogues.Tests.Support;

/// <summary>
/// A cookie-keeping HTTP client that fills in statically rendered forms the way a browser would post them
/// (antiforgery token and Blazor's form handler name included). Redirects are not followed, so tests see them.
/// </summary>
public sealed partial class HttpSession : IDisposable
{
    private readonly HttpClient _client;

    public HttpSession(string baseUrl)
    {
        Cookies = new CookieContainer();
        _client = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl) };
    }

    public CookieContainer Cookies { get; }

    /// <summary>The Host header every request sends, as a proxy or an attacker may set it; the server's own by default.</summary>
    public string? Host
    {
        get => _client.DefaultRequestHeaders.Host;
        set => _client.DefaultRequestHeaders.Host = value;
    }

    public Task<HttpResponseMessage> GetAsync(string path) => _client.GetAsync(path);

    /// <summary>Loads the page holding the form, then posts its hidden fields plus <paramref name="fields"/>.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string path, string formName, IDictionary<string, string> fields)
    {
        var page = await (await _client.GetAsync(path)).Content.ReadAsStringAsync();
        var form = FormPattern().Matches(page).First(m => m.Value.Contains($"value=\"{formName}\"", StringComparison.Ordinal)).Value;
        var values = HiddenPattern().Matches(form).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        foreach (var (key, value) in fields)
        {
            values[key] = value;
        }
        return await _client.PostAsync(path, new FormUrlEncodedContent(values));
    }

    /// <summary>Posts a plain form of <paramref name="pagePath"/> (e.g. the culture switch) to <paramref name="action"/>, with the page's antiforgery token.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string pagePath, string action, IDictionary<string, string> fields)
    {
        var page = await (await _client.GetAsync(pagePath)).Content.ReadAsStringAsync();
        var token = HiddenPattern().Matches(page).First(m => m.Groups["name"].Value == "__RequestVerificationToken").Groups["value"].Value;
        var values = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token) };
        return await _client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    /// <summary>Posts exactly these fields, with no token added: what a forged cross-site form would send.</summary>
    public Task<HttpResponseMessage> PostWithoutTokenAsync(string path, IDictionary<string, string> fields) =>
        _client.PostAsync(path, new FormUrlEncodedContent(fields));

    public async Task LogInAsync(string email, string password = TestUser.Password)
    {
        var response = await SubmitAsync("/account/login", "login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public void Dispose() => _client.Dispose();

    [GeneratedRegex(@"<form[\s\S]*?</form>")]
    private static partial Regex FormPattern();

    [GeneratedRegex(@"<input type=""hidden"" name=""(?<name>[^""]+)"" value=""(?<value>[^""]*)""")]
    private static partial Regex HiddenPattern();
}
