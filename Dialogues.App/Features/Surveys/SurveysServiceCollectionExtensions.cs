using Dialogues.App.Infrastructure.Localization;

namespace Dialogues.App.Features.Surveys;

public static class SurveysServiceCollectionExtensions
{
    /// <summary>Surveys. So far their rules and refusals (Domain/Surveys); storage, the builder and the results pages come next.</summary>
    public static IServiceCollection AddSurveys(this IServiceCollection services)
    {
        services.AddErrorTexts<SurveysText>("Surveys");
        return services;
    }
}
