using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.Deadlines;
using Dialogues.App.Features.Moderation;
using Dialogues.App.Features.Notifications;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Files;
using Dialogues.App.Infrastructure.Items;
using Dialogues.App.Infrastructure.Jobs;
using Dialogues.App.Infrastructure.Live;
using Dialogues.App.Infrastructure.Localization;
using Dialogues.App.Infrastructure.Security;
using Dialogues.Domain.Problems;
using Dialogues.Domain.Shared;
using Hangfire;
using Microsoft.Extensions.Options;

namespace Dialogues.App.Features.Problems;

public static class ProblemsServiceCollectionExtensions
{
    public static IServiceCollection AddProblems(this IServiceCollection services)
    {
        services.AddErrorTexts<ProblemsText>("Problem");
        services.AddNotificationTexts<ProblemsText>("Problem");
        services.AddPersonalData<ProblemPersonalData>();
        services.AddAttachmentHolder<ProblemFiles>();
        services.AddOptions<ProblemsOptions>().BindConfiguration(ProblemsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AllowImagesFrom(provider => provider.GetRequiredService<IOptions<ProblemsOptions>>().Value.TileUrl);
        services.AddScoped<ProblemsService>();
        services.AddScoped<ProblemCategoriesAdministration>();
        services.AddScoped<IReferenceSeeder, ProblemCategorySeeder>();
        services.AddSingleton<INotificationRules, ProblemNotificationRules>();
        services.AddItemKind<ProblemReport, ProblemReportId>(ItemKind.ProblemReport, r =>
                new ItemCard(r.Id.Value, r.ReporterId, ProblemReport.Format(r.Number) + " " + r.Title, r.Description, $"problems/{r.Id.Value}", r.HiddenAt != null, r.HiddenAt == null))
            .Named<ProblemsText>()
            .Followed()
            .Moderated(e => e is ProblemReported reported ? Written.New(reported.ReportId.Value) : null, preModerates: false);
        services.AddLiveTopics<IProblemEvent>(e => [ProblemTopics.Of(e.ReportId), ProblemTopics.Department(e.DepartmentId), ProblemTopics.All]);
        services.AddSingleton<IDeadlineSource, ProblemDeadlines>();
        services.AddRecurringJob<FixCheckJob>("fix-checks", Cron.Hourly(20));
        services.AddScoped<IDemoSeeder, ProblemsDemoSeeder>();
        return services;
    }
}
