using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Files;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Acts;

/// <summary>An act's documents are public once the act is; before, only those who may edit it see them.</summary>
internal sealed class ActFiles : IAttachmentHolder
{
    public async Task<bool?> MaySeeAsync(AppDbContext db, AttachmentId file, Actor? reader, CancellationToken cancellationToken)
    {
        var holder = await db.Acts.AsNoTracking().FirstOrDefaultAsync(a => a.Documents.Contains(file), cancellationToken);
        return holder is null ? null : holder.PublishedAt is not null || holder.MayBeChangedBy(reader);
    }
}
