using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.Participants;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Accounts;

/// <summary>Display names for a set of authors in one query (an erased account or a hidden profile has an empty name).</summary>
public static class ParticipantNames
{
    public static async Task<IReadOnlyDictionary<UserId, string>> LoadAsync(AppDbContext db, IEnumerable<UserId> users, CancellationToken cancellationToken = default)
    {
        var ids = users.Select(u => u.Value).Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<UserId, string>();
        }
        return await db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => new UserId(u.Id), u => u.DeletedAt == null && u.ProfileHiddenAt == null ? u.DisplayName : "", cancellationToken);
    }
}
