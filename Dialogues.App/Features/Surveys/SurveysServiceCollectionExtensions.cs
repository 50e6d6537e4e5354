using System.Globalization;
using CsvHelper;
using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.ReferenceData;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Localization;
using Dialogues.App.Infrastructure.Security;
using Dialogues.App.Infrastructure.Time;
using Dialogues.Domain.Shared;
using Dialogues.Domain.Surveys;
using Microsoft.Extensions.Localization;

namespace Dialogues.App.Features.Surveys;

public static class SurveysServiceCollectionExtensions
{
    /// <summary>Surveys: built by staff, answered online or on paper, with results published once they close.</summary>
    public static IServiceCollection AddSurveys(this IServiceCollection services)
    {
        services.AddErrorTexts<SurveysText>("Surveys");
        services.AddScoped<SurveysService>();
        services.AddPersonalData<SurveyPersonalData>();
        services.AddScoped<IDemoSeeder, SurveysDemoSeeder>();
        return services;
    }

    /// <summary>
    /// Staff's export: one row per response and one column per question, open answers included, never the account
    /// that answered. Choices are joined with "; ", a matrix as "row=column", a ranking in its order.
    /// </summary>
    public static IEndpointRouteBuilder MapSurveyExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/surveys/{id:guid}/responses.csv", async (Guid id, HttpContext context, ReferenceCatalog catalog, MunicipalCalendar calendar,
            IStringLocalizer<SurveysText> text) =>
        {
            var surveys = context.RequestServices.GetRequiredService<SurveysService>();
            CurrentActor.ForRequest(context);
            (Survey Survey, IReadOnlyList<SurveyExportRow> Rows) export;
            try
            {
                export = await surveys.ExportAsync(new SurveyId(id), context.RequestAborted);
            }
            catch (DomainException refused)
            {
                return refused.Code == DomainErrors.NotFound ? Results.NotFound() : Results.Forbid();
            }
            var reference = await catalog.GetAsync();
            var questions = export.Survey.Questions.ToList();
            using var buffer = new MemoryStream();
            // A byte order mark, so spreadsheet programs read the Cyrillic; formulas in answers are neutralised.
            await using (var csv = CsvWriter.Create(buffer, new CsvWriterOptions { WriteByteOrderMark = true, Injection = CsvInjection.Escape }, leaveOpen: true))
            {
                string[] fixedColumns = ["Response", "Submitted", "Paper", "Settlement", "Age", "Sector"];
                csv.WriteRecord([.. fixedColumns.Select(c => text[$"Csv.{c}"].Value), .. questions.Select(q => $"{q.Key}: {q.Text}")]);
                foreach (var row in export.Rows)
                {
                    var answers = row.Answers.ToDictionary(a => a.QuestionKey);
                    csv.WriteRecord(
                    [
                        row.Id.ToString(),
                        calendar.ToLocal(row.SubmittedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                        row.IsPaper ? text["Csv.Yes"].Value : text["Csv.No"].Value,
                        reference.SettlementName(row.Profile.Settlement),
                        row.Profile.Age is { } age ? text[$"Age.{age}"].Value : "",
                        row.Profile.Sector is { } sector ? text[$"Sector.{sector}"].Value : "",
                        .. questions.Select(q => answers.TryGetValue(q.Key, out var answer) ? Cell(answer, text) : ""),
                    ]);
                }
            }
            return Results.File(buffer.ToArray(), "text/csv; charset=utf-8", $"survey-{id}.csv");
        });
        return endpoints;
    }

    private static string Cell(Answer answer, IStringLocalizer<SurveysText> text) =>
        string.Join("; ", answer.Other is { } other ? [.. answer.Values, $"{text["Answer.Other"].Value}: {other}"] : answer.Values);
}
