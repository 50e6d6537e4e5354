using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Files;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.News;

/// <summary>An article's cover and documents are as public as the article: a draft's only its editors', a hidden one's its writer's and moderators'.</summary>
internal sealed class NewsFiles : IAttachmentHolder
{
    public async Task<bool?> MaySeeAsync(AppDbContext db, AttachmentId file, Actor? reader, CancellationToken cancellationToken)
    {
        var holder = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.CoverId == file || a.Documents.Contains(file), cancellationToken);
        return holder is null ? null : holder.IsVisibleTo(reader) && (holder.PublishedAt is not null || holder.MayEdit(reader) || reader is { IsModerator: true });
    }
}
