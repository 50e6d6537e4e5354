using Dialogues.App.Features.Moderation;
using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.Recommendations;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Recommendations;

internal sealed class RecommendationModeration : IModeratedContentKind
{
    public ItemKind Kind => ItemKind.Recommendation;

    // Every submission is screened by a moderator before it is registered and shown.
    public bool PreModerates => false;

    public async Task<IModeratable?> LoadAsync(AppDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Recommendations.FindAsync([new RecommendationId(id)], cancellationToken);

    public async Task<IReadOnlyList<ModeratedItem>> PreviewAsync(AppDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Select(RecommendationId.From).ToList();
        var rows = await db.Recommendations.AsNoTracking().Where(r => wanted.Contains(r.Id))
            .Select(r => new { r.Id, r.SubmittedBy, r.Title, r.Text, r.HiddenAt })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new ModeratedItem(new ContentKey(Kind, r.Id.Value), r.SubmittedBy, r.Title, r.Text,
            $"recommendations/{r.Id}", r.HiddenAt is not null)).ToList();
    }

    public IEnumerable<WrittenContent> Written(IDomainEvent domainEvent) => domainEvent switch
    {
        RecommendationSubmitted submitted => [new(new ContentKey(Kind, submitted.RecommendationId.Value), IsNew: true)],
        _ => [],
    };
}

internal sealed class ProgressCommentModeration : IModeratedContentKind
{
    public ItemKind Kind => ItemKind.ProgressComment;

    public async Task<IModeratable?> LoadAsync(AppDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.ProgressComments.FindAsync([id], cancellationToken);

    public async Task<IReadOnlyList<ModeratedItem>> PreviewAsync(AppDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var rows = await (
                from comment in db.ProgressComments.AsNoTracking()
                join recommendation in db.Recommendations on comment.RecommendationId equals recommendation.Id
                where ids.Contains(comment.Id)
                select new { comment.Id, comment.RecommendationId, comment.AuthorId, comment.Text, comment.HiddenAt, recommendation.Title })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new ModeratedItem(new ContentKey(Kind, r.Id), r.AuthorId, r.Title, r.Text,
            $"recommendations/{r.RecommendationId}#progress-comment-{r.Id}", r.HiddenAt is not null)).ToList();
    }

    public IEnumerable<WrittenContent> Written(IDomainEvent domainEvent) => domainEvent switch
    {
        ProgressCommentWritten written => [new(new ContentKey(Kind, written.CommentId), IsNew: true)],
        _ => [],
    };
}
