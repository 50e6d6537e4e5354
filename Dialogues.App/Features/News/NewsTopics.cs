using Dialogues.App.Infrastructure.Live;
using Dialogues.Domain.News;

namespace Dialogues.App.Features.News;

public static class NewsTopics
{
    public static LiveTopic Of(ArticleId article) => new($"article:{article.Value}");

    /// <summary>The news list and the home page's latest news.</summary>
    public static readonly LiveTopic All = new("news");
}
