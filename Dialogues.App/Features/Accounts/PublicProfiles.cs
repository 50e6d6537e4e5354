using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.Participants;
using Dialogues.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Accounts;

/// <summary>What anyone may see of a participant: the name they chose, their settlement, and how much they took part.</summary>
public sealed record PublicProfile(UserId Id, string DisplayName, SettlementId? SettlementId, DateTimeOffset SignedUpAt, int Comments, int Proposals, bool IsHidden);

public sealed class PublicProfiles(IDbContextFactory<AppDbContext> databases)
{
    public async Task<PublicProfile?> FindAsync(UserId id, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking()
            .Where(u => u.Id == id.Value && u.DeletedAt == null && u.DisabledAt == null)
            .Select(u => new PublicProfile(
                id,
                u.ProfileHiddenAt == null ? u.DisplayName : "",
                u.ProfileHiddenAt == null ? u.SettlementId : null,
                u.SignedUpAt,
                db.Comments.Where(DialogueSpaces.DiscussionService.Counted).Count(c => c.AuthorId == id),
                db.Proposals.Count(p => p.AuthorId == id && p.HiddenAt == null),
                u.ProfileHiddenAt != null))
            .SingleOrDefaultAsync(cancellationToken);
    }
}
