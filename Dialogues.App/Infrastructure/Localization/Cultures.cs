using System.Globalization;
using Dialogues.App.Infrastructure.Time;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dialogues.App.Infrastructure.Localization;

/// <summary>The UI languages: Bulgarian (default) and English, chosen by a cookie.</summary>
public static class Cultures
{
    public const string Bulgarian = "bg-BG";
    public const string English = "en-GB";

    public static readonly IReadOnlyList<string> Supported = [Bulgarian, English];

    public static IServiceCollection AddAppLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.TryAddSingleton(typeof(PrefixedTexts<>));
        services.TryAddSingleton<ErrorTexts>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(Bulgarian)
                .AddSupportedCultures([.. Supported])
                .AddSupportedUICultures([.. Supported]);
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        services.AddSingleton<Formats>();
        services.AddSingleton(provider => new MunicipalCalendar(provider.GetRequiredService<TimeProvider>(), MunicipalCalendar.Bulgaria));
        return services;
    }

    /// <summary>Sets the culture cookie and returns to the page the reader was on.</summary>
    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/culture", (HttpContext context, [Microsoft.AspNetCore.Mvc.FromForm] string culture, [Microsoft.AspNetCore.Mvc.FromForm] string? returnUrl) =>
        {
            if (Supported.Contains(culture))
            {
                context.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            }
            return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
        });
        return endpoints;
    }

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);
}
