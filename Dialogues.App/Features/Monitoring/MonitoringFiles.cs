using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Files;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Monitoring;

/// <summary>A civic monitoring report's document is as visible as the report: a hidden one's only to its author and moderators.</summary>
internal sealed class MonitoringFiles : IAttachmentHolder
{
    public async Task<bool?> MaySeeAsync(AppDbContext db, AttachmentId file, Actor? reader, CancellationToken cancellationToken)
    {
        var report = await db.MonitoringReports.AsNoTracking().FirstOrDefaultAsync(r => r.DocumentId == file, cancellationToken);
        return report?.IsVisibleTo(reader);
    }
}
