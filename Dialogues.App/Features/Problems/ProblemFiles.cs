using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Files;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Problems;

/// <summary>A report's photos are as visible as the report: a hidden one's only to its reporter and moderators.</summary>
internal sealed class ProblemFiles : IAttachmentHolder
{
    public async Task<bool?> MaySeeAsync(AppDbContext db, AttachmentId file, Actor? reader, CancellationToken cancellationToken)
    {
        var holder = await db.ProblemReports.AsNoTracking().FirstOrDefaultAsync(r => r.Photos.Contains(file), cancellationToken);
        return holder?.IsVisibleTo(reader);
    }
}
