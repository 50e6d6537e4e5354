using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.ReferenceData;
using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.Participants;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Surveys;

/// <summary>The person's own survey responses, answers and profile as they gave them.</summary>
internal sealed class SurveyPersonalData : IPersonalDataSource
{
    public async Task<IReadOnlyDictionary<string, object>> ExportAsync(AppDbContext db, UserId person, ReferenceSnapshot reference, CancellationToken cancellationToken)
    {
        var responses = await (
            from response in db.SurveyResponses.AsNoTracking()
            join survey in db.Surveys on response.SurveyId equals survey.Id
            where response.RespondentId == person
            select new { Survey = survey.Title, response.SubmittedAt, response.UpdatedAt, response.Profile, response.Answers })
            .ToListAsync(cancellationToken);
        return new Dictionary<string, object>
        {
            ["surveyResponses"] = responses.Select(r => new
            {
                r.Survey,
                r.SubmittedAt,
                r.UpdatedAt,
                Settlement = reference.SettlementName(r.Profile.Settlement),
                Age = r.Profile.Age?.ToString(),
                Sector = r.Profile.Sector?.ToString(),
                Answers = r.Answers.Select(a => new { Question = a.QuestionKey, a.Values, a.Other }),
            }).ToList(),
        };
    }
}
