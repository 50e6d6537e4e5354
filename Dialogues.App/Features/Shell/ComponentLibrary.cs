using Dialogues.App.Infrastructure.Localization;
using MudBlazor;
using MudBlazor.Services;

namespace Dialogues.App.Features.Shell;

public static class ComponentLibrary
{
    /// <summary>MudBlazor as the app uses it: Bulgarian texts, snackbars for what a command did, and the command runner.</summary>
    public static IServiceCollection AddComponentLibrary(this IServiceCollection services)
    {
        services.AddMudServices(mud =>
        {
            // What a command did stays long enough to read, can be closed, and sits where a thumb does not cover it.
            mud.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomCenter;
            mud.SnackbarConfiguration.VisibleStateDuration = 8000;
            mud.SnackbarConfiguration.ShowCloseIcon = true;
            mud.SnackbarConfiguration.PreventDuplicates = false;
        });
        services.AddTransient<MudLocalizer, MudBulgarian>();
        services.AddTransient<Command>();
        return services;
    }
}
