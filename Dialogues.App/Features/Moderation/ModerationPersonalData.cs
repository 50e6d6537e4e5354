using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.ReferenceData;
using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.Participants;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Moderation;

/// <summary>The flags the person raised (what about, why) and the moderators' decisions about them, with their appeals.</summary>
internal sealed class ModerationPersonalData(ModeratedContent content) : IPersonalDataSource
{
    public async Task<IReadOnlyDictionary<string, object>> ExportAsync(AppDbContext db, UserId person, ReferenceSnapshot reference, CancellationToken cancellationToken)
    {
        var flags = await db.Flags.AsNoTracking().Where(f => f.FlaggedBy == person && !f.Automatic).OrderBy(f => f.CreatedAt).ToListAsync(cancellationToken);
        var decisions = await db.ModerationDecisions.AsNoTracking().Where(d => d.AuthorId == person).OrderBy(d => d.DecidedAt).ToListAsync(cancellationToken);
        // What a flag or decision was about, by its title (a dialogue's, a report's), never the flagged text of someone else.
        var items = await content.PreviewAsync(db, [.. flags.Select(f => f.Item), .. decisions.Select(d => d.Item)], cancellationToken);
        string? TitleOf(Domain.Moderation.ContentKey item) => items.GetValueOrDefault(item)?.Title;
        return new Dictionary<string, object>
        {
            ["flags"] = flags.Select(f => new { Kind = f.ItemKind, Item = TitleOf(f.Item), Reason = f.Reason.ToString(), f.Text, f.CreatedAt }).ToList(),
            ["moderationDecisions"] = decisions.Select(d => new
            {
                Kind = d.ItemKind, Item = TitleOf(d.Item), Action = d.Action.ToString(), d.ReasonTemplate, d.Reason, d.DecidedAt, d.Until,
                d.AppealText, d.AppealedAt, d.AppealUpheld, d.AppealReason, d.AppealDecidedAt,
            }).ToList(),
        };
    }
}
