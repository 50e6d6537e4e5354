using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.Audit;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Security;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Moderation;

public sealed record DecisionView(
    ModerationDecision Decision,
    ModeratedItem? Item,
    string AuthorName,
    string DecidedByName,
    string? AppealDecidedByName,
    bool CanAppeal,
    bool CanDecideAppeal);

/// <summary>
/// What moderators decided about a person, as that person sees it; the one appeal each hide, suspension or ban
/// allows; and the decision on it by another moderator, which is final.
/// </summary>
public sealed class AppealsService(
    IDbContextFactory<AppDbContext> databases,
    CurrentActor currentActor,
    ModeratedContent content,
    TimeProvider clock)
{
    /// <summary>Decisions about the signed-in person, newest first (a suspended person can read and appeal them).</summary>
    public async Task<Page<DecisionView>> MineAsync(int skip, int take, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireAccountAsync(cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var page = await db.ModerationDecisions.AsNoTracking()
            .Where(d => d.AuthorId == actor.Id)
            .OrderByDescending(d => d.DecidedAt)
            .ToPageAsync(skip, take, cancellationToken);
        return page.With(await ViewsAsync(db, page.Items, actor, cancellationToken));
    }

    /// <summary>The suspension or ban barring the signed-in person now, if any.</summary>
    public async Task<Sanction?> MySanctionAsync(CancellationToken cancellationToken = default)
    {
        if (await currentActor.UserIdAsync() is not { } user)
        {
            return null;
        }
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await Sanctions.CurrentAsync(db, user, clock.GetUtcNow(), cancellationToken);
    }

    /// <summary>Appeals waiting for a decision, oldest first.</summary>
    public async Task<Page<DecisionView>> PendingAsync(int skip, int take, CancellationToken cancellationToken = default)
    {
        var moderator = await currentActor.RequireRoleAsync(Role.Moderator, cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var page = await db.ModerationDecisions.AsNoTracking()
            .Where(d => d.AppealedAt != null && d.AppealDecidedAt == null)
            .OrderBy(d => d.AppealedAt)
            .ToPageAsync(skip, take, cancellationToken);
        return page.With(await ViewsAsync(db, page.Items, moderator, cancellationToken));
    }

    /// <summary>One decision, for its author or a moderator; null for anyone else.</summary>
    public async Task<DecisionView?> FindAsync(Guid decisionId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireAccountAsync(cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var decision = await db.ModerationDecisions.AsNoTracking().SingleOrDefaultAsync(d => d.Id == decisionId, cancellationToken);
        if (decision is null || (decision.AuthorId != actor.Id && !actor.IsModerator))
        {
            return null;
        }
        return (await ViewsAsync(db, [decision], actor, cancellationToken))[0];
    }

    /// <summary>The author appeals, once; allowed while suspended, since it is the way out.</summary>
    public async Task AppealAsync(Guid decisionId, string? text, CancellationToken cancellationToken = default)
    {
        var author = await currentActor.RequireAccountAsync(cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var decision = await db.ModerationDecisions.SingleOrDefaultAsync(d => d.Id == decisionId && d.AuthorId == author.Id, cancellationToken)
            ?? throw new DomainException(DomainErrors.NotFound);
        decision.Appeal(author, text, await OthersOnItemAsync(db, decision, cancellationToken), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Another moderator grants (the item comes back, the sanction ends) or refuses the appeal, with reasons.</summary>
    public async Task DecideAsync(Guid decisionId, bool grant, string? reason, CancellationToken cancellationToken = default)
    {
        var moderator = await currentActor.RequireRoleAsync(Role.Moderator, cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var decision = await db.ModerationDecisions.SingleOrNotFoundAsync(d => d.Id == decisionId, cancellationToken);
        var now = clock.GetUtcNow();
        var before = decision.IsSanction ? (decision.BarsAt(now) ? "Sanction in force" : "Sanction ended") : null;
        decision.DecideAppeal(moderator, await OthersOnItemAsync(db, decision, cancellationToken), grant, reason, now);

        if (grant && decision.HidesItem && await content.Of(decision.ItemKind).LoadAsync(db, decision.ItemId, cancellationToken) is { } item)
        {
            before = ModerationQueue.StateOf(item);
            item.Restore();
            var moderationCase = await db.ModerationCases.SingleOrDefaultAsync(c => c.ItemKind == decision.ItemKind && c.ItemId == decision.ItemId, cancellationToken);
            moderationCase?.ClosedByAppeal(now);
        }
        var after = decision.IsSanction ? (grant ? "Sanction lifted" : "Sanction in force") : grant ? "Visible" : before;
        AuditLog.Record(db, now, moderator.Id, grant ? "Appeal.Granted" : "Appeal.Refused", decision.ItemKind.ToString(), decision.ItemId, decision.AuthorId,
            decision.AppealReason, before, after);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<List<ModerationDecision>> OthersOnItemAsync(AppDbContext db, ModerationDecision decision, CancellationToken cancellationToken) =>
        await db.ModerationDecisions.AsNoTracking()
            .Where(d => d.ItemKind == decision.ItemKind && d.ItemId == decision.ItemId && d.Id != decision.Id)
            .ToListAsync(cancellationToken);

    private async Task<IReadOnlyList<DecisionView>> ViewsAsync(AppDbContext db, IReadOnlyList<ModerationDecision> decisions, Actor reader, CancellationToken cancellationToken)
    {
        var itemIds = decisions.Select(d => d.ItemId).Distinct().ToList();
        var onItems = (await db.ModerationDecisions.AsNoTracking().Where(d => itemIds.Contains(d.ItemId)).ToListAsync(cancellationToken))
            .ToLookup(d => d.Item);
        var previews = await content.PreviewAsync(db, decisions.Select(d => d.Item), cancellationToken);
        var names = await ParticipantNames.LoadAsync(db,
            [.. decisions.Select(d => d.AuthorId), .. decisions.Select(d => d.DecidedBy), .. decisions.Select(d => d.AppealDecidedBy).OfType<UserId>()],
            cancellationToken);
        return decisions.Select(d => new DecisionView(
            d,
            previews.GetValueOrDefault(d.Item),
            names.GetValueOrDefault(d.AuthorId, ""),
            names.GetValueOrDefault(d.DecidedBy, ""),
            d.AppealDecidedBy is { } by ? names.GetValueOrDefault(by, "") : null,
            CanAppeal: d.AuthorId == reader.Id && d.IsAppealable && d.AppealedAt is null && d.LiftedAt is null && !(d.HidesItem && d.ItemHideAppealed(onItems[d.Item])),
            CanDecideAppeal: reader.IsModerator && d.AppealedAt is not null && d.AppealDecidedAt is null && d.MayDecideAppeal(reader.Id, onItems[d.Item]))).ToList();
    }
}
