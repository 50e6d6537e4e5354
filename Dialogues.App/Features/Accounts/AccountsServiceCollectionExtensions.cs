using System.Text.Json;
using Dialogues.App.Features.Moderation;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Items;
using Dialogues.App.Infrastructure.Live;
using Dialogues.App.Infrastructure.Localization;
using Dialogues.App.Infrastructure.Security;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dialogues.App.Features.Accounts;

public static class AccountsServiceCollectionExtensions
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static IServiceCollection AddAccounts(this IServiceCollection services, IHostEnvironment environment, IConfiguration configuration)
    {
        services.AddErrorTexts<AccountText>("Accounts", "Name");
        services.AddItemKindName<AccountText>(ItemKind.Profile);
        services.AddCascadingAuthenticationState();
        services.AddHttpContextAccessor();
        services.AddScoped<AuthenticationStateProvider, AccountStateProvider>();
        services.AddScoped<AccountRedirects>();
        services.AddScoped<AccountEmails>();
        services.AddScoped<CurrentActor>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<AccountSelfService>();
        services.AddScoped<DisplayNameScreening>();
        services.AddScoped<PublicProfiles>();
        services.AddModeratedContent<ProfileModeration>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.AddAuthorization();

        services.AddIdentityCore<AppUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = true;
                options.SignIn.RequireConfirmedEmail = true;
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = PasswordPolicy.MinLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager<AppSignInManager>()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddDefaultTokenProviders();

        // Our policy replaces Identity's composition rules rather than adding to them.
        services.RemoveAll<IPasswordValidator<AppUser>>();
        services.AddScoped<IPasswordValidator<AppUser>, PasswordPolicy>();

        // Every request checks the sign-in against the account's security stamp: signing out rotates it, so a copied
        // cookie stops working at once. Handlers check it on every action in a live page too (CurrentActor).
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/error/403";
            options.Cookie.Name = "dialogues.auth";
            options.Cookie.SameSite = SameSiteMode.Lax;
            // A signed-in user without the role gets a real 403, rendered by the status code page.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        var keys = new DirectoryInfo(Path.Combine(DataFolder.Resolve(environment, configuration[$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.DataFolder)}"] ?? "App_Data"), "keys"));
        services.AddDataProtection().PersistKeysToFileSystem(keys).SetApplicationName("Dialogues");

        services.AddScoped<IReferenceSeeder, RoleSeeder>();
        services.AddScoped<IDemoSeeder, DemoAccountsSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var account = endpoints.MapGroup("/account");
        account.MapPost("/logout", async (HttpContext context, [FromServices] SignInManager<AppUser> signIn, [FromServices] ILiveUpdates live, [FromForm] string? returnUrl) =>
        {
            // Signing out ends the session everywhere: other tabs and devices (their live pages at once), a copied cookie.
            if (await signIn.UserManager.GetUserAsync(context.User) is { } user)
            {
                await signIn.UserManager.UpdateSecurityStampAsync(user);
                live.Publish(AccountTopics.Of(user.UserId), new AccountChanged(user.UserId, SignedOut: true));
            }
            await signIn.SignOutAsync();
            return Results.LocalRedirect(returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/");
        });
        account.MapPost("/personal-data", async (HttpContext context, [FromServices] AccountSelfService self, [FromServices] IAntiforgery antiforgery) =>
        {
            // The form's token, so another site cannot make a signed-in visitor's browser fetch their data.
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest();
            }
            var export = await self.ExportAsync(context.User, context.RequestAborted);
            return export is null
                ? Results.Unauthorized()
                : Results.File(JsonSerializer.SerializeToUtf8Bytes(export, Indented), "application/json", "dialogues-personal-data.json");
        }).RequireAuthorization();
        return endpoints;
    }
}

/// <summary>The four roles exist in every installation.</summary>
internal sealed class RoleSeeder : IReferenceSeeder
{
    public int Order => 1;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        foreach (var role in Role.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role));
            }
        }
    }
}
