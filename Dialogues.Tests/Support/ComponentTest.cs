using System.Security.Claims;
using Bunit;
using Dialogues.App.Features.Shell;
using Dialogues.App.Infrastructure.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Dialogues.Tests.Support;

/// <summary>
/// bUnit on the real app: a component renders without a browser, in milliseconds, with the services a circuit of
/// the person it acts as would have (the app's services on its SQLite file, signed in as that person). bUnit's own
/// renderer, navigation and JavaScript stand in for the browser's; JavaScript calls are answered with defaults.
/// </summary>
public abstract class ComponentTest(AppHost host) : IAsyncLifetime
{
    private ActingScope? _scope;

    protected AppHost Host => host;

    /// <summary>Kept for the whole test and disposed asynchronously: MudBlazor's services dispose only that way.</summary>
    protected BunitContext Bunit { get; } = new();

    /// <summary>
    /// Renders from now on as <paramref name="user"/>, or as a guest when null: the app's services act as them, and
    /// components get the same sign-in as their cascading authentication state. Call once, before rendering.
    /// </summary>
    protected void ActAs(TestUser? user)
    {
        _scope = host.As(user);
        var authorization = Bunit.AddAuthorization();
        if (user is not null)
        {
            authorization.SetAuthorized(user.Email);
            authorization.SetRoles(user.Roles);
            authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, user.Id.Value.ToString()));
        }
        Bunit.Services.AddFallbackServiceProvider(_scope.Provider);
        // A command's snackbar is bUnit's (the app's needs a circuit); its texts are the app's.
        var app = _scope.Provider;
        Bunit.Services.AddTransient(services => new Command(app.GetRequiredService<ErrorTexts>(), services.GetRequiredService<ISnackbar>(), services.GetRequiredService<IDialogService>()));
        // As on a circuit: components follow live topics only when interactive. Last: it starts the service provider.
        Bunit.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    public Task InitializeAsync()
    {
        Bunit.JSInterop.Mode = JSRuntimeMode.Loose;
        // MudBlazor as the app sets it up; its texts come from the app's resources in the test's culture.
        Bunit.Services.AddComponentLibrary();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Bunit.DisposeAsync();
        if (_scope is not null)
        {
            await _scope.DisposeAsync();
        }
    }
}
