using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.DialogueSpaces;
using Dialogues.App.Features.Moderation;
using Dialogues.App.Infrastructure.Files;
using Dialogues.App.Infrastructure.Items;
using Dialogues.App.Infrastructure.Jobs;
using Dialogues.App.Infrastructure.Live;
using Dialogues.App.Features.Notifications;
using Dialogues.App.Infrastructure.Localization;
using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.News;
using Dialogues.Domain.Shared;
using Hangfire;

namespace Dialogues.App.Features.News;

public static class NewsServiceCollectionExtensions
{
    /// <summary>News and articles: written by institutions and organisations, released on schedule, announced to followers of their places.</summary>
    public static IServiceCollection AddNews(this IServiceCollection services)
    {
        services.AddErrorTexts<NewsText>("News");
        services.AddNotificationTexts<NewsText>("Article");
        services.AddScoped<NewsService>();
        services.AddPersonalData<NewsPersonalData>();
        services.AddAttachmentHolder<NewsFiles>();
        services.AddSingleton<INotificationRules, NewsNotificationRules>();
        services.AddDiscussionHost<ArticleDiscussions>();
        // An institution's article is the municipality's word and is not screened; an organisation's is user content.
        services.AddItemKind<Article, ArticleId>(ItemKind.Article, a =>
                new ItemCard(a.Id.Value, a.WrittenBy, a.Title, a.Lead, $"news/{a.Id.Value}", a.HiddenAt != null, a.PublishedAt != null && a.HiddenAt == null))
            .Named<NewsText>()
            // Those who comment on an article follow it, to hear of the next comments.
            .Followed()
            .Moderated(e => e switch
            {
                ArticleWritten { ByOrganisation: true } written => Written.New(written.ArticleId.Value),
                ArticleEdited { RewrittenByOrganisation: true } edited => Written.Edited(edited.ArticleId.Value),
                _ => null,
            });
        // A rating changes only the article's own page; the lists show no ratings.
        services.AddLiveTopics<IArticleEvent>(e => e is ArticleRated ? [NewsTopics.Of(e.ArticleId)] : [NewsTopics.Of(e.ArticleId), NewsTopics.All]);
        services.AddRecurringJob<NewsReleaseJob>("news-release", Cron.Minutely());
        services.AddScoped<IDemoSeeder, NewsDemoSeeder>();
        return services;
    }
}
