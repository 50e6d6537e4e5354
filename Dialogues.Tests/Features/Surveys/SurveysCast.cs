using Dialogues.App.Features.ReferenceData;
using Dialogues.App.Features.Surveys;
using Dialogues.Domain.Participants;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Surveys;
using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dialogues.Tests.Features.Surveys;

/// <summary>An official who builds surveys, a resident of Врачеш who answers, and ways to publish through the service.</summary>
public sealed class SurveysCast
{
    public required TestUser Official { get; init; }
    public required TestUser Resident { get; init; }
    public required ReferenceSnapshot Reference { get; init; }

    public SettlementId Vrachesh => Reference.SettlementNamed("Врачеш");

    public static async Task<SurveysCast> CreateAsync(AppHost host)
    {
        var reference = await host.Services.GetRequiredService<ReferenceCatalog>().GetAsync();
        var cast = new SurveysCast
        {
            Official = await host.CreateUserAsync("Служител Анкети", [Role.Official], reference.Departments[1].Id),
            Resident = await host.CreateUserAsync("Жител Анкетиран"),
            Reference = reference,
        };
        await SurveysCast.LivesInAsync(host, cast.Resident, cast.Vrachesh);
        return cast;
    }

    public static async Task LivesInAsync(AppHost host, TestUser person, SettlementId settlement)
    {
        await using var db = host.Db();
        await db.Users.Where(u => u.Id == person.Id.Value).ExecuteUpdateAsync(u => u.SetProperty(x => x.SettlementId, settlement));
    }

    /// <summary>The domain tests' survey (every kind of question), open from now for a week.</summary>
    public static SurveyDraft Draft(AppHost host, string title, SurveyAudience? audience = null)
    {
        var now = host.Clock.GetUtcNow();
        return Dialogues.Tests.Domain.Surveys.SurveyBuilder.Draft(audience) with { Title = title, OpensAt = now, ClosesAt = now.AddDays(7) };
    }

    public async Task<SurveyId> PublishedAsync(AppHost host, string title, SurveyAudience? audience = null)
    {
        await using var scope = host.As(Official);
        var surveys = scope.Get<SurveysService>();
        var id = await surveys.CreateAsync(Draft(host, title, audience));
        await surveys.PublishAsync(id);
        return id;
    }

    public static async Task AnswerAsync(AppHost host, TestUser person, SurveyId id, params Answer[] answers)
    {
        await using var scope = host.As(person);
        await scope.Get<SurveysService>().AnswerAsync(id, answers, new RespondentProfile());
    }
}
