using Dialogues.App.Infrastructure.Localization;

namespace Dialogues.App.Features.News;

public static class NewsServiceCollectionExtensions
{
    /// <summary>News and articles. So far their rules and refusals (Domain/News); pages and storage come next.</summary>
    public static IServiceCollection AddNews(this IServiceCollection services)
    {
        services.AddErrorTexts<NewsText>("News");
        return services;
    }
}
