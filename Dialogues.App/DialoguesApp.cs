using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.DialogueSpaces;
using Dialogues.App.Features.Acts;
using Dialogues.App.Features.Audit;
using Dialogues.App.Features.Campaigns;
using Dialogues.App.Features.Events;
using Dialogues.App.Features.Monitoring;
using Dialogues.App.Features.Problems;
using Dialogues.App.Features.Moderation;
using Dialogues.App.Infrastructure.Security;
using Dialogues.App.Features.Deadlines;
using Dialogues.App.Features.Notifications;
using Dialogues.App.Features.Recommendations;
using Dialogues.App.Infrastructure.Jobs;
using Dialogues.App.Infrastructure.Files;
using Dialogues.App.Infrastructure.Text;
using Dialogues.App.Features.ReferenceData;
using Dialogues.App.Features.Shell;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Email;
using Dialogues.App.Infrastructure.Live;
using Dialogues.App.Infrastructure.Localization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Radzen;

namespace Dialogues.App;

/// <summary>
/// Composes the web app. <c>Program</c> runs it; tests build the same app with their own settings
/// (a temporary database, a free port, a test clock) through <paramref name="configure"/>.
/// </summary>
public static class DialoguesApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(DialoguesApp).Assembly.GetName().Name,
        });
        // The build output (not only `dotnet run` in Development) serves the packages' static files.
        builder.WebHost.UseStaticWebAssets();

        var services = builder.Services;
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddRadzenComponents();
        // Cyrillic text goes out as text, not as numeric character references (a third of the page size).
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddSingleton<ILocalizer, RadzenBulgarian>();
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section);
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database");

        services.AddAppLocalization();
        services.AddRateLimits();
        services.AddLiveUpdates();
        services.AddData(builder.Configuration, builder.Environment);
        services.AddEmail();
        services.AddReferenceData();
        services.AddAccounts(builder.Environment, builder.Configuration);
        services.AddAttachments();
        services.AddSingleton<MarkdownRenderer>();
        services.AddJobs(builder.Configuration);
        services.AddNotifications();
        services.AddDialogues();
        services.AddDeadlines();
        services.AddRecommendations();
        services.AddModeration();
        services.AddActs();
        services.AddMonitoring();
        services.AddProblems();
        services.AddEvents();
        services.AddCampaigns();
        services.AddScoped<AuditService>();

        configure?.Invoke(builder);

        var app = builder.Build();
        UsePipeline(app);
        return app;
    }

    private static void UsePipeline(WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapCultureSwitch();
        app.MapAccountEndpoints();
        Attachments.MapFileEndpoint(app);
        app.MapRecommendationExport();
        app.MapEventCalendar();
        app.MapRazorComponents<Features.Shell.App>().AddInteractiveServerRenderMode();
    }
}
