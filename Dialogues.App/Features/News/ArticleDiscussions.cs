using Dialogues.App.Features.DialogueSpaces;
using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.DialogueSpaces;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.News;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.News;

/// <summary>
/// Articles are discussed with the dialogues' comment machinery, the stance optional. Only a published article has a
/// discussion; while a moderator hides it, only its writer and moderators see it, as with the article itself.
/// </summary>
internal sealed class ArticleDiscussions : IDiscussionHost
{
    public DiscussionKind Kind => DiscussionKind.Article;

    public ItemKind FollowedAs => ItemKind.Article;

    public string Link(Guid id) => $"news/{id}";

    public async Task<IDiscussion> VisibleAsync(AppDbContext db, Guid id, Actor? actor, CancellationToken cancellationToken)
    {
        var articleId = new ArticleId(id);
        var article = await db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        DomainException.ThrowIf(article is not { PublishedAt: not null } || !article.IsVisibleTo(actor), DomainErrors.NotFound);
        return article!;
    }

    public async Task<Dictionary<Guid, string>> PublicTitlesAsync(AppDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Select(id => new ArticleId(id)).ToList();
        return await db.Articles.AsNoTracking().Where(a => wanted.Contains(a.Id) && a.PublishedAt != null && a.HiddenAt == null).Select(a => new { a.Id, a.Title })
            .ToDictionaryAsync(a => a.Id.Value, a => a.Title, cancellationToken);
    }
}
