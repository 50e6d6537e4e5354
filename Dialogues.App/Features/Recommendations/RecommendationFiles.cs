using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Files;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Recommendations;

/// <summary>A recommendation's documents and its implementation evidence are as visible as the recommendation.</summary>
internal sealed class RecommendationFiles : IAttachmentHolder
{
    public async Task<bool?> MaySeeAsync(AppDbContext db, AttachmentId file, Actor? reader, CancellationToken cancellationToken)
    {
        var holder = await db.Recommendations.AsNoTracking().FirstOrDefaultAsync(r => r.Attachments.Contains(file), cancellationToken)
            ?? await db.Recommendations.AsNoTracking()
                .FirstOrDefaultAsync(r => db.Evidence.Any(e => e.RecommendationId == r.Id && e.Attachments.Contains(file)), cancellationToken);
        return holder is null ? null : RecommendationsService.CanSee(holder, reader);
    }
}
