using Dialogues.App.Features.Deadlines;
using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.Notifications;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Campaigns;

/// <summary>Petitions about to close: whoever follows (every signer) is reminded 3 days and 1 day before.</summary>
internal sealed class CampaignWindows : IClosingWindowSource
{
    public ItemKind Kind => ItemKind.Campaign;

    public async Task<IReadOnlyList<ClosingWindow>> WindowsAsync(AppDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var soon = today.AddDays(3);
        var campaigns = await db.Campaigns.AsNoTracking()
            .Where(c => c.HiddenAt == null && c.ClosesOn >= today && c.ClosesOn <= soon)
            .Select(c => new { c.Id, c.Title, c.ClosesOn })
            .ToListAsync(cancellationToken);
        return campaigns.Select(c => new ClosingWindow(Kind, c.Id.Value, c.Title, $"campaigns/{c.Id.Value}", null,
            new FollowTarget(ItemKind.Campaign, c.Id.Value), c.ClosesOn, FollowUpPending: false)).ToList();
    }
}
