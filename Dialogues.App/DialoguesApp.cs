using System.Text.Encodings.Web;
using System.Text.Unicode;
using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.Acts;
using Dialogues.App.Features.Audit;
using Dialogues.App.Features.Campaigns;
using Dialogues.App.Features.Community;
using Dialogues.App.Features.Deadlines;
using Dialogues.App.Features.Departments;
using Dialogues.App.Features.DialogueSpaces;
using Dialogues.App.Features.Meetings;
using Dialogues.App.Features.Moderation;
using Dialogues.App.Features.Monitoring;
using Dialogues.App.Features.Library;
using Dialogues.App.Features.News;
using Dialogues.App.Features.Practices;
using Dialogues.App.Features.Notifications;
using Dialogues.App.Features.Problems;
using Dialogues.App.Features.Recommendations;
using Dialogues.App.Features.ReferenceData;
using Dialogues.App.Features.Surveys;
using Dialogues.App.Features.Shell;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Email;
using Dialogues.App.Infrastructure.Files;
using Dialogues.App.Infrastructure.Jobs;
using Dialogues.App.Infrastructure.Live;
using Dialogues.App.Infrastructure.Localization;
using Dialogues.App.Infrastructure.Security;
using Dialogues.App.Infrastructure.Text;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.WebEncoders;

namespace Dialogues.App;

/// <summary>
/// Composes the web app. <c>Program</c> runs it; tests build the same app with their own settings
/// (a temporary database, a free port, a test clock) through the hook <c>Build</c> takes.
/// </summary>
public static class DialoguesApp
{
    /// <summary>
    /// A text field's value reaches the server in one circuit message. Beyond the hub's limit (32 KB by default, about
    /// 10,000 Cyrillic characters once encoded) the connection drops and the text is lost, so the limit is set from the
    /// longest text any form accepts (an act, <see cref="Domain.Acts.Act.TextMax"/> characters) at up to 4 bytes each, with
    /// room for the message around it. Fields refuse longer text in the browser (maxlength) and handlers again.
    /// </summary>
    internal const long LongestTextMessageBytes = Domain.Acts.Act.TextMax * 4L + 64 * 1024;

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(DialoguesApp).Assembly.GetName().Name,
        });
        // Still needed on .NET 10: outside Development the build output (tests, `bin/`) serves no package static files.
        builder.WebHost.UseStaticWebAssets();

        var services = builder.Services;
        services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(hub =>
            {
                hub.MaximumReceiveMessageSize = LongestTextMessageBytes;
                // Pings every 5 s both ways (the browser's side is in start.js): a dead connection shows within 20 s,
                // at once when the device knows it is offline.
                hub.KeepAliveInterval = TimeSpan.FromSeconds(5);
                hub.ClientTimeoutInterval = TimeSpan.FromSeconds(30);
            });
        services.AddComponentLibrary();
        // Cyrillic text goes out as text, not as numeric character references (a third of the page size).
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        // Behind a reverse proxy the scheme and the visitor's address come from its headers (HTTPS for secure cookies,
        // the address for rate limits); only proxies on this machine, or those configured, are believed.
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in builder.Configuration.GetSection("Proxy:KnownProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
        });
        services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section);
        // One check: a database that takes a (no-op) write is reachable too.
        services.AddHealthChecks().AddCheck<WritableDatabaseCheck>("database");

        services.AddAppLocalization();
        services.AddRateLimits();
        services.AddLiveUpdates();
        services.AddData(builder.Configuration, builder.Environment);
        services.AddEmail(builder.Environment);
        services.AddReferenceData();
        services.AddAccounts(builder.Environment, builder.Configuration);
        services.AddAttachments();
        services.AddSingleton<MarkdownRenderer>();
        services.AddJobs(builder.Configuration);
        services.AddNotifications();
        services.AddDialogueSpaces();
        services.AddDepartments();
        services.AddDeadlines();
        services.AddRecommendations();
        services.AddModeration();
        services.AddActs();
        services.AddMonitoring();
        services.AddProblems();
        services.AddMeetings();
        services.AddCampaigns();
        services.AddNews();
        services.AddPractices();
        services.AddLibrary();
        services.AddSurveys();
        services.AddCommunity();
        services.AddAudit();

        configure?.Invoke(builder);

        var app = builder.Build();
        UsePipeline(app);
        return app;
    }

    private static void UsePipeline(WebApplication app)
    {
        app.UseForwardedHeaders();
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            app.UseHsts();
        }
        app.UseMiddleware<SecurityHeaders>();
        app.UseStatusCodePagesWithReExecute("/error/{0}", createScopeForStatusCodePages: true);
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
        app.MapJobsDashboard();
        app.MapMeetingCalendar();
        app.MapSurveyExport();
        // The site's own policy (SecurityHeaders) already says frame-ancestors 'self'; Blazor's separate header would
        // stand in its place, since a response keeps a policy set before it.
        app.MapRazorComponents<Features.Shell.App>().AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null);
    }
}
