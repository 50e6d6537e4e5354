using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Events;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dialogues.App.Features.Moderation;

/// <summary>
/// Looks at content as it is saved: a new account's first posts wait for approval (when pre-moderation is on),
/// and content with a watch word goes into the queue for a look, still visible.
/// </summary>
internal sealed class ContentScreening(ModeratedContent content, WatchWords watchWords, IOptionsMonitor<ModerationOptions> options, TimeProvider clock) : IBeforeCommitHandler
{
    private static readonly string[] TrustedRoles = [Role.Official, Role.Moderator, Role.Administrator];

    public SaveStage Stage => SaveStage.Screen;

    public async Task BeforeCommitAsync(AppDbContext db, IReadOnlyList<IDomainEvent> events, CancellationToken cancellationToken)
    {
        foreach (var kind in content.All)
        {
            foreach (var written in events.Select(kind.Written).OfType<Written>().Distinct())
            {
                var key = new ContentKey(kind.Kind, written.Id);
                var item = await kind.LoadAsync(db, written.Id, cancellationToken);
                if (item is null || item.HiddenAt is not null || item.AuthorId == UserId.Platform)
                {
                    continue;
                }
                var now = clock.GetUtcNow();
                if (written.IsNew && kind.PreModerates && await AwaitsApprovalAsync(db, item.AuthorId, cancellationToken))
                {
                    item.Hide(now);
                    db.ModerationCases.Add(ModerationCase.Open(key, item.AuthorId, now, preModeration: true));
                    continue;
                }
                var found = watchWords.Find(item.ModeratedText);
                if (found.Count > 0 && !await AlreadyFlaggedByListAsync(db, key, cancellationToken))
                {
                    var flag = Flag.ByWordList(key, string.Join(", ", found), now);
                    db.Flags.Add(flag);
                    await CaseBook.RecordFlagAsync(db, item, flag, options.CurrentValue.FlagThreshold, now, cancellationToken);
                }
            }
        }
    }

    private async Task<bool> AwaitsApprovalAsync(AppDbContext db, UserId author, CancellationToken cancellationToken)
    {
        var firstPosts = options.CurrentValue.PremoderateFirstPosts;
        if (firstPosts == 0)
        {
            return false;
        }
        var trusted = await db.UserRoles.Where(ur => ur.UserId == author.Value)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name)
            .AnyAsync(name => TrustedRoles.Contains(name), cancellationToken);
        return !trusted && await db.ModerationDecisions.CountAsync(d => d.AuthorId == author && d.Action == ModerationActionKind.Approve, cancellationToken) < firstPosts;
    }

    private static async Task<bool> AlreadyFlaggedByListAsync(AppDbContext db, ContentKey item, CancellationToken cancellationToken) =>
        db.Flags.Local.Any(f => f.Item == item && f.Automatic)
        || await db.Flags.AnyAsync(f => f.ItemKind == item.Kind && f.ItemId == item.Id && f.FlaggedBy == UserId.Platform, cancellationToken);
}
