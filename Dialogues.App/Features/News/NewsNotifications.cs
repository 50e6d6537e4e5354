using Dialogues.App.Features.Notifications;
using Dialogues.Domain.News;
using Dialogues.Domain.Notifications;
using Dialogues.Domain.Shared;

namespace Dialogues.App.Features.News;

/// <summary>
/// Followers of an article's settlements and policy areas hear of it when it goes public, once, whether it was
/// published at once or released on schedule; the writer does not hear of their own article.
/// </summary>
internal sealed class NewsNotificationRules : INotificationRules
{
    public async Task ApplyAsync(IReadOnlyList<IDomainEvent> events, NotificationContext context)
    {
        var published = events.OfType<ArticlePublished>().ToList();
        if (published.Count == 0)
        {
            return;
        }
        var articles = await context.AsSavedAsync(published.Select(e => e.ArticleId), (Article a) => a.Id, (stored, ids) => stored.Where(a => ids.Contains(a.Id)));
        foreach (var article in published)
        {
            if (!articles.TryGetValue(article.ArticleId, out var saved))
            {
                continue;
            }
            FollowTarget[] places =
            [
                .. article.Settlements.Select(s => new FollowTarget(ItemKind.Settlement, s.Value)),
                .. article.Areas.Select(a => new FollowTarget(ItemKind.PolicyArea, a.Value)),
            ];
            var subject = new ContentRef(ItemKind.Article, article.ArticleId.Value);
            context.Notify((await context.FollowersAsync(places)).Where(u => u != saved.WrittenBy), user =>
                new NotificationDraft(user, NotificationKind.NewInMyAreas, "Article.Published", [saved.Title], $"news/{article.ArticleId.Value}", subject, places[0]));
        }
    }
}
