using System.Globalization;
using CsvHelper;
using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.Deadlines;
using Dialogues.App.Features.Moderation;
using Dialogues.App.Features.Notifications;
using Dialogues.App.Features.ReferenceData;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Events;
using Dialogues.App.Infrastructure.Files;
using Dialogues.App.Infrastructure.Items;
using Dialogues.App.Infrastructure.Localization;
using Dialogues.App.Infrastructure.Time;
using Dialogues.Domain.Recommendations;
using Dialogues.Domain.Shared;
using Microsoft.Extensions.Localization;

namespace Dialogues.App.Features.Recommendations;

public static class RecommendationsServiceCollectionExtensions
{
    public static IServiceCollection AddRecommendations(this IServiceCollection services)
    {
        services.AddErrorTexts<RecommendationText>("Recommendation");
        services.AddNotificationTexts<RecommendationText>("Recommendation");
        services.AddPersonalData<RecommendationPersonalData>();
        services.AddAttachmentHolder<RecommendationFiles>();
        services.AddOptions<RecommendationOptions>().BindConfiguration(RecommendationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<RecommendationsService>();
        services.AddScoped<RecommendationWorkflow>();
        services.AddScoped<ScorecardService>();
        services.AddSingleton<IDeadlineSource, RecommendationDeadlines>();
        services.AddSingleton<INotificationRules, RecommendationNotificationRules>();
        services.AddItemKind<Recommendation, RecommendationId>(ItemKind.Recommendation, r =>
                new ItemCard(r.Id.Value, r.SubmittedBy, r.Title, r.Text, $"recommendations/{r.Id.Value}", r.HiddenAt != null, r.HiddenAt == null && r.Number != null))
            .Named<RecommendationText>()
            .Followed()
            // Every submission is screened by a moderator before it is registered and shown.
            .Moderated(e => e is RecommendationSubmitted submitted ? Written.New(submitted.RecommendationId.Value) : null, preModerates: false);
        services.AddItemKind<ProgressComment>(ItemKind.ProgressComment, (db, comments) =>
                from comment in comments
                join recommendation in db.Recommendations on comment.RecommendationId equals recommendation.Id
                select new ItemCard(comment.Id, comment.AuthorId, recommendation.Title, comment.Text,
                    $"recommendations/{comment.RecommendationId.Value}#progress-comment-{comment.Id}", comment.HiddenAt != null, comment.HiddenAt == null))
            .Named<RecommendationText>()
            .Moderated(e => e is ProgressCommentWritten written ? Written.New(written.CommentId) : null);
        services.AddSingleton<IAfterCommitHandler, RecommendationLiveBridge>();
        services.AddScoped<IDemoSeeder, RecommendationsDemoSeeder>();
        return services;
    }

    /// <summary>GET /recommendations/register.csv: the public register as filtered on the page, for spreadsheets.</summary>
    public static IEndpointRouteBuilder MapRecommendationExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/recommendations/register.csv", async (
            HttpContext context,
            RecommendationsService recommendations,
            ReferenceCatalog catalog,
            IStringLocalizer<RecommendationText> text,
            MunicipalCalendar calendar,
            string? status, Guid? area, Guid? department, int? year, string? q) =>
        {
            var filter = new RecommendationFilter(
                Enum.TryParse<RecommendationStatus>(status, out var s) ? s : null,
                area is { } a ? new Domain.ReferenceData.PolicyAreaId(a) : null,
                department is { } d ? new Domain.ReferenceData.DepartmentId(d) : null,
                year, q);
            var rows = await recommendations.ExportAsync(filter, context.RequestAborted);
            var reference = await catalog.GetAsync();
            var today = calendar.Today;
            using var buffer = new MemoryStream();
            // A byte order mark, so spreadsheet programs read the Cyrillic; formulas in titles are neutralised.
            var options = new CsvWriterOptions { WriteByteOrderMark = true, Injection = CsvInjection.Escape };
            await using (var csv = CsvWriter.Create(buffer, options, leaveOpen: true))
            {
                string[] headers = ["Number", "Title", "PolicyArea", "Department", "Status", "Registered", "DueDate", "DaysRemaining", "Decision", "DecisionDate", "CoSigners"];
                csv.WriteRecord(headers.Select(h => text[$"Csv.{h}"].Value).ToArray());
                foreach (var row in rows)
                {
                    csv.WriteRecord(
                    [
                        row.Number,
                        row.Title,
                        reference.PolicyAreaName(row.PolicyAreaId),
                        reference.DepartmentName(row.DepartmentId),
                        text[$"Status.{row.Status}"].Value,
                        row.RegisteredAt is { } registered ? calendar.DateOf(registered).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "",
                        row.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                        row.DaysRemaining(today)?.ToString(CultureInfo.InvariantCulture) ?? "",
                        row.Outcome is { } outcome ? text[$"Outcome.{outcome}"].Value : "",
                        row.DecisionDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                        row.CoSigners.ToString(CultureInfo.InvariantCulture),
                    ]);
                }
            }
            return Results.File(buffer.ToArray(), "text/csv; charset=utf-8", "recommendations.csv");
        }).AllowAnonymous();
        return endpoints;
    }
}
