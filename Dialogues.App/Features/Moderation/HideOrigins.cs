using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Moderation;

/// <summary>Who took a hidden item out of view: the platform by itself (enough flags) or a moderator.</summary>
public static class HideOrigins
{
    /// <summary>The items among <paramref name="hiddenIds"/> whose hide in force is the platform's own, not yet reviewed.</summary>
    public static async Task<IReadOnlySet<Guid>> AutomaticAsync(AppDbContext db, ItemKind kind, IReadOnlyCollection<Guid> hiddenIds, CancellationToken cancellationToken)
    {
        if (hiddenIds.Count == 0)
        {
            return new HashSet<Guid>();
        }
        var hides = await db.ModerationDecisions.AsNoTracking()
            .Where(d => d.ItemKind == kind && hiddenIds.Contains(d.ItemId) && d.LiftedAt == null
                && (d.Action == ModerationActionKind.Hide || d.Action == ModerationActionKind.AutoHide))
            .Select(d => new { d.ItemId, d.Action, d.DecidedAt })
            .ToListAsync(cancellationToken);
        return hides.GroupBy(h => h.ItemId)
            .Where(g => g.MaxBy(h => h.DecidedAt)!.Action == ModerationActionKind.AutoHide)
            .Select(g => g.Key)
            .ToHashSet();
    }
}
