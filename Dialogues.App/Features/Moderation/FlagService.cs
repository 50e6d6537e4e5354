using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Security;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dialogues.App.Features.Moderation;

/// <summary>Any confirmed participant flags content for the moderators, once per item.</summary>
public sealed class FlagService(
    IDbContextFactory<AppDbContext> databases,
    CurrentActor currentActor,
    ModeratedContent content,
    IOptionsMonitor<ModerationOptions> options,
    TimeProvider clock)
{
    /// <summary>
    /// Flags an item; at the threshold it is hidden pending review. Someone else flagging it, or its author or an
    /// official changing it, at the same moment: the flag is counted again on the fresh state.
    /// </summary>
    public async Task FlagAsync(ContentKey item, FlagReason? chosenReason, string? text, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireToAsync(Participation.Flag, cancellationToken);
        var reason = chosenReason ?? throw new DomainException(DomainErrors.FlagReasonRequired);
        var kind = content.Of(item.Kind);
        await OptimisticRetry.RunAsync(databases, async db =>
        {
            // The case before the item: whatever hides the item changes its case in the same save, so an item read
            // after its case is never staler than it, and a flag counted on a stale case is tried again.
            await db.ModerationCases.Where(c => c.ItemKind == item.Kind && c.ItemId == item.Id).LoadAsync(cancellationToken);
            var target = await kind.LoadAsync(db, item.Id, cancellationToken);
            DomainException.ThrowIf(target is null || target.HiddenAt is not null, DomainErrors.NotFound);
            DomainException.ThrowIf(target!.AuthorId == actor.Id, DomainErrors.FlagOwnContent);
            DomainException.ThrowIf(await db.Flags.AnyAsync(f => f.ItemKind == item.Kind && f.ItemId == item.Id && f.FlaggedBy == actor.Id, cancellationToken), DomainErrors.AlreadyFlagged);

            var now = clock.GetUtcNow();
            var flag = Flag.Raise(item, actor, reason, text, now);
            db.Flags.Add(flag);
            await CaseBook.RecordFlagAsync(db, target, flag, options.CurrentValue.FlagThreshold, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }, DomainErrors.ChangedMeanwhile, null, cancellationToken);
    }
}

/// <summary>Finds or opens the one moderation case of an item, and counts flags on it.</summary>
internal static class CaseBook
{
    public static async Task<ModerationCase> FindOrOpenAsync(AppDbContext db, ContentKey item, UserId author, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = db.ModerationCases.Local.FirstOrDefault(c => c.ItemKind == item.Kind && c.ItemId == item.Id)
            ?? await db.ModerationCases.SingleOrDefaultAsync(c => c.ItemKind == item.Kind && c.ItemId == item.Id, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }
        var opened = ModerationCase.Open(item, author, now);
        db.ModerationCases.Add(opened);
        return opened;
    }

    /// <summary>Counts the flag; if it reaches the threshold, hides the item pending review and tells its author why.</summary>
    public static async Task RecordFlagAsync(AppDbContext db, IModeratable target, Flag flag, int threshold, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var moderationCase = await FindOrOpenAsync(db, flag.Item, target.AuthorId, now, cancellationToken);
        if (moderationCase.RecordFlag(flag, threshold, now))
        {
            target.Hide(now);
            db.ModerationDecisions.Add(ModerationDecision.AutoHide(flag.Item, target.AuthorId, now));
        }
    }
}
