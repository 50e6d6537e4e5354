using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Security;
using Dialogues.Domain.Notifications;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Notifications;

public sealed record FollowedItem(FollowTarget Target, string Title, string Link, bool Automatic);

/// <summary>Following and unfollowing items, areas and settlements.</summary>
public sealed class FollowService(
    IDbContextFactory<AppDbContext> databases,
    CurrentActor currentActor,
    Followables followables,
    TimeProvider clock)
{
    public async Task FollowAsync(FollowTarget target, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireAccountAsync(cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        DomainException.ThrowIf(!(await followables.FindAsync(db, [target], cancellationToken)).ContainsKey(target), DomainErrors.NotFound);
        if (!await db.Follows.AnyAsync(f => f.UserId == actor.Id && f.TargetKind == target.Kind && f.TargetId == target.Id, cancellationToken))
        {
            db.Follows.Add(Follow.Start(actor.Id, target, clock.GetUtcNow()));
            await db.SaveOncePerPersonAsync(cancellationToken);
        }
    }

    public async Task UnfollowAsync(FollowTarget target, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireAccountAsync(cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await db.Follows.Where(f => f.UserId == actor.Id && f.TargetKind == target.Kind && f.TargetId == target.Id).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task<bool> IsFollowingAsync(FollowTarget target, CancellationToken cancellationToken = default)
    {
        var user = await currentActor.UserIdAsync();
        if (user is null)
        {
            return false;
        }
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Follows.AnyAsync(f => f.UserId == user.Value && f.TargetKind == target.Kind && f.TargetId == target.Id, cancellationToken);
    }

    /// <summary>Everything the reader follows that still exists and is visible, with titles, in one lookup per kind.</summary>
    public async Task<IReadOnlyList<FollowedItem>> ListAsync(CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireAccountAsync(cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var follows = await db.Follows.AsNoTracking().Where(f => f.UserId == actor.Id).OrderByDescending(f => f.FollowedAt).ToListAsync(cancellationToken);
        var items = await followables.FindAsync(db, follows.Select(f => f.Target), cancellationToken);
        return follows.Where(f => items.ContainsKey(f.Target))
            .Select(f => new FollowedItem(f.Target, items[f.Target].Title, items[f.Target].Link, f.Automatic))
            .ToList();
    }

    /// <summary>Replaces the followed areas or settlements (one kind at a time) with the given set.</summary>
    public async Task SetPlacesAsync(ItemKind kind, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
    {
        DomainException.ThrowIf(kind is not (ItemKind.PolicyArea or ItemKind.Settlement), DomainErrors.NotFound);
        var actor = await currentActor.RequireAccountAsync(cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var valid = (await followables.FindAsync(db, ids.Select(id => new FollowTarget(kind, id)), cancellationToken)).Keys.Select(t => t.Id).ToHashSet();
        var current = await db.Follows.Where(f => f.UserId == actor.Id && f.TargetKind == kind).ToListAsync(cancellationToken);
        db.Follows.RemoveRange(current.Where(f => !valid.Contains(f.TargetId)));
        db.Follows.AddRange(valid.Where(id => current.All(f => f.TargetId != id)).Select(id => Follow.Start(actor.Id, new FollowTarget(kind, id), clock.GetUtcNow())));
        await db.SaveChangesAsync(cancellationToken);
    }
}
