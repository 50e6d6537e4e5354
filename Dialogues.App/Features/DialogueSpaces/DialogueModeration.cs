using Dialogues.App.Features.Moderation;
using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.Dialogues;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.DialogueSpaces;

internal sealed class CommentModeration : IModeratedContentKind
{
    public ItemKind Kind => ItemKind.Comment;

    public async Task<IModeratable?> LoadAsync(AppDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Comments.FindAsync([new CommentId(id)], cancellationToken);

    public async Task<IReadOnlyList<ModeratedItem>> PreviewAsync(AppDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Select(CommentId.From).ToList();
        var rows = await (
                from comment in db.Comments.AsNoTracking()
                join dialogue in db.Dialogues on comment.DialogueId equals dialogue.Id
                where wanted.Contains(comment.Id)
                select new { comment.Id, comment.DialogueId, comment.AuthorId, comment.Body, comment.HiddenAt, dialogue.Title })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new ModeratedItem(new ContentKey(Kind, r.Id.Value), r.AuthorId, r.Title, r.Body,
            $"dialogues/{r.DialogueId}?comment={r.Id}#comment-{r.Id}", r.HiddenAt is not null)).ToList();
    }

    public IEnumerable<WrittenContent> Written(IDomainEvent domainEvent) => domainEvent switch
    {
        CommentPosted posted => [new(new ContentKey(Kind, posted.CommentId.Value), IsNew: true)],
        CommentChanged changed => [new(new ContentKey(Kind, changed.CommentId.Value), IsNew: false)],
        _ => [],
    };
}

internal sealed class ProposalModeration : IModeratedContentKind
{
    public ItemKind Kind => ItemKind.Proposal;

    public async Task<IModeratable?> LoadAsync(AppDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Proposals.FindAsync([new ProposalId(id)], cancellationToken);

    public async Task<IReadOnlyList<ModeratedItem>> PreviewAsync(AppDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Select(ProposalId.From).ToList();
        var rows = await db.Proposals.AsNoTracking().Where(p => wanted.Contains(p.Id))
            .Select(p => new { p.Id, p.DialogueId, p.AuthorId, p.Title, p.Body, p.HiddenAt })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new ModeratedItem(new ContentKey(Kind, r.Id.Value), r.AuthorId, r.Title, r.Body,
            $"dialogues/{r.DialogueId}#proposal-{r.Id}", r.HiddenAt is not null)).ToList();
    }

    public IEnumerable<WrittenContent> Written(IDomainEvent domainEvent) => domainEvent switch
    {
        ProposalSubmitted submitted => [new(new ContentKey(Kind, submitted.ProposalId.Value), IsNew: true)],
        _ => [],
    };
}

internal sealed class DialogueModeration : IModeratedContentKind
{
    public ItemKind Kind => ItemKind.Dialogue;

    // Staff publish dialogues, and proposals from others already wait for a moderator's approval.
    public bool PreModerates => false;

    public async Task<IModeratable?> LoadAsync(AppDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Dialogues.FindAsync([new DialogueId(id)], cancellationToken);

    public async Task<IReadOnlyList<ModeratedItem>> PreviewAsync(AppDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Select(DialogueId.From).ToList();
        var rows = await db.Dialogues.AsNoTracking().Where(d => wanted.Contains(d.Id))
            .Select(d => new { d.Id, d.CreatedBy, d.Title, d.Summary, d.Body, d.HiddenAt })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new ModeratedItem(new ContentKey(Kind, r.Id.Value), r.CreatedBy, r.Title, $"{r.Summary}\n\n{r.Body}",
            $"dialogues/{r.Id}", r.HiddenAt is not null)).ToList();
    }

    public IEnumerable<WrittenContent> Written(IDomainEvent domainEvent) => domainEvent switch
    {
        DialogueCreated created => [new(new ContentKey(Kind, created.DialogueId.Value), IsNew: true)],
        _ => [],
    };
}
