using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.Audit;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Security;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dialogues.App.Features.Moderation;

public sealed record QueueFlag(FlagReason Reason, string? Text, string FlaggerName, bool ByModerator, bool Automatic, DateTimeOffset At);

/// <summary>What moderators have decided about a person before, to weigh a repeat offender differently.</summary>
public sealed record AuthorHistory(IReadOnlyDictionary<ModerationActionKind, int> Counts, IReadOnlyList<ModerationDecision> Recent);

public sealed record QueueItem(
    ModerationCase Case,
    ModeratedItem? Item,
    string AuthorName,
    IReadOnlyList<QueueFlag> Flags,
    AuthorHistory History,
    string? ClaimedByName,
    bool ClaimedByMe);

/// <summary>What a moderator decides about an item or its author, with the reason the author reads.</summary>
public sealed record ModerationRequest(ModerationActionKind Action, string? ReasonTemplate, string? Reason, int? SuspensionDays = null, string? Fragment = null);

/// <summary>
/// The live queue: open items grouped with their flags, claimed by one moderator at a time, resolved by an action
/// that the author sees with its reason, recorded in the audit log.
/// </summary>
public sealed class ModerationQueue(
    IDbContextFactory<AppDbContext> databases,
    CurrentActor currentActor,
    ModeratedContent content,
    IOptionsMonitor<ModerationOptions> options,
    TimeProvider clock)
{
    /// <summary>Reason templates moderators pick from (localized as <c>Template.{name}</c>), besides free text.</summary>
    public static readonly string[] ReasonTemplates = ["Spam", "InsultOrHate", "OffTopic", "PersonalData", "Illegal", "Misleading", "Repeated", "NoViolation"];

    private const int HistoryShown = 5;

    public int MaxSuspensionDays => options.CurrentValue.MaxSuspensionDays;

    public async Task<Page<QueueItem>> OpenAsync(int skip, int take, CancellationToken cancellationToken = default)
    {
        var moderator = await currentActor.RequireRoleAsync(Role.Moderator, cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var page = await db.ModerationCases.AsNoTracking()
            .Where(c => c.Status == CaseStatus.Open)
            // Hidden items wait for a decision most urgently; then oldest first.
            .OrderByDescending(c => c.AutoHiddenAt != null || c.PreModeration)
            .ThenBy(c => c.OpenedAt)
            .ToPageAsync(skip, take, cancellationToken);
        if (page.Items.Count == 0)
        {
            return page.With<QueueItem>([]);
        }

        var itemIds = page.Items.Select(c => c.ItemId).ToList();
        var flags = (await db.Flags.AsNoTracking().Where(f => itemIds.Contains(f.ItemId)).OrderBy(f => f.CreatedAt).ToListAsync(cancellationToken))
            .ToLookup(f => f.Item);
        var authors = page.Items.Select(c => c.AuthorId).Distinct().ToList();
        var history = (await db.ModerationDecisions.AsNoTracking()
                .Where(d => authors.Contains(d.AuthorId) && d.Action != ModerationActionKind.Approve)
                .OrderByDescending(d => d.DecidedAt)
                .ToListAsync(cancellationToken))
            .ToLookup(d => d.AuthorId);
        var previews = await content.PreviewAsync(db, page.Items.Select(c => c.Item), cancellationToken);
        var names = await ParticipantNames.LoadAsync(db,
            [.. authors, .. flags.SelectMany(f => f).Select(f => f.FlaggedBy), .. page.Items.Select(c => c.ClaimedBy).OfType<UserId>()],
            cancellationToken);
        var now = clock.GetUtcNow();

        return page.With(page.Items.Select(c =>
        {
            var claimed = c.ClaimedBy is { } holder && c.ClaimExpiresAt > now ? holder : (UserId?)null;
            var round = flags[c.Item].Where(f => f.CreatedAt >= c.OpenedAt)
                .Select(f => new QueueFlag(f.Reason, f.Text, names.GetValueOrDefault(f.FlaggedBy, ""), f.ByModerator, f.Automatic, f.CreatedAt))
                .ToList();
            // Earlier decisions about the person, not the automatic hide of the very item under review.
            var decisions = history[c.AuthorId].Where(d => d.Item != c.Item).ToList();
            return new QueueItem(
                c,
                previews.GetValueOrDefault(c.Item),
                names.GetValueOrDefault(c.AuthorId, ""),
                round,
                new AuthorHistory(decisions.GroupBy(d => d.Action).ToDictionary(g => g.Key, g => g.Count()), decisions.Take(HistoryShown).ToList()),
                claimed is { } who ? names.GetValueOrDefault(who, "") : null,
                claimed == moderator.Id);
        }).ToList());
    }

    public Task ClaimAsync(Guid caseId, CancellationToken cancellationToken = default) =>
        ChangeCaseAsync(caseId, (moderationCase, moderator, now) => moderationCase.Claim(moderator, now), cancellationToken);

    public Task ReleaseAsync(Guid caseId, CancellationToken cancellationToken = default) =>
        ChangeCaseAsync(caseId, (moderationCase, moderator, _) => moderationCase.Release(moderator), cancellationToken);

    /// <summary>
    /// Acts on a claimed item. Item actions (dismiss, hide, restore, redact, approve) resolve it; actions on the
    /// author (warn, suspend, ban) leave it open for the item's own decision.
    /// </summary>
    public async Task ActAsync(Guid caseId, ModerationRequest request, CancellationToken cancellationToken = default)
    {
        var moderator = await currentActor.RequireRoleAsync(Role.Moderator, cancellationToken);
        DomainException.ThrowIf(request.Action == ModerationActionKind.AutoHide, DomainErrors.Forbidden);
        DomainException.ThrowIf(request.ReasonTemplate is { } template && !ReasonTemplates.Contains(template), DomainErrors.ModerationUnknownTemplate);
        var days = request.SuspensionDays ?? 0;
        DomainException.ThrowIf(request.Action == ModerationActionKind.Suspend && (days < 1 || days > MaxSuspensionDays), DomainErrors.ModerationSuspensionLength);

        // The item may change under the action (an official's step on a recommendation): the action is then taken
        // again on fresh state, where a colleague's claim or decision, if that is what changed, is refused by name.
        await OptimisticRetry.RunAsync(databases, async db =>
        {
            var moderationCase = await db.ModerationCases.SingleOrNotFoundAsync(c => c.Id == caseId, cancellationToken);
            var now = clock.GetUtcNow();
            moderationCase.EnsureClaimedBy(moderator, now);
            var item = await content.Of(moderationCase.ItemKind).LoadAsync(db, moderationCase.ItemId, cancellationToken);
            DomainException.ThrowIf(item is null && request.Action != ModerationActionKind.DismissFlags, DomainErrors.NotFound);

            var before = ModerationDecision.ConcernsAuthor(request.Action)
                ? await SanctionStateAsync(db, moderationCase.AuthorId, now, cancellationToken)
                : item is null ? null : StateOf(item);
            DateTimeOffset? until = null;
            switch (request.Action)
            {
                case ModerationActionKind.Hide when item!.HiddenAt is null:
                    item.Hide(now);
                    break;
                case ModerationActionKind.DismissFlags or ModerationActionKind.Restore or ModerationActionKind.Approve when item?.HiddenAt is not null:
                    item.Restore();
                    break;
                case ModerationActionKind.Redact:
                    item!.Redact(request.Fragment);
                    if (item.HiddenAt is not null)
                    {
                        item.Restore();
                    }
                    break;
                case ModerationActionKind.Suspend:
                    until = now.AddDays(days);
                    break;
            }
            var decision = ModerationDecision.Take(moderationCase.Item, moderationCase.AuthorId, request.Action, moderator, request.ReasonTemplate, request.Reason, until, now);
            db.ModerationDecisions.Add(decision);
            moderationCase.Acted(moderator, resolves: !decision.IsAboutAuthor, now);

            // The removed text itself is not kept: it is usually personal data, which is why it was removed.
            var after = request.Action switch
            {
                ModerationActionKind.Redact => $"{StateOf(item!)}; {request.Fragment!.Trim().Length} characters redacted",
                ModerationActionKind.Suspend => $"Suspended until {until:O}",
                ModerationActionKind.Ban => "Banned",
                ModerationActionKind.Warn => "Warned",
                _ => item is null ? null : StateOf(item),
            };
            AuditLog.Record(db, now, moderator.Id, $"Moderation.{request.Action}", moderationCase.ItemKind.ToString(), moderationCase.ItemId, moderationCase.AuthorId,
                ReasonOf(request.ReasonTemplate, request.Reason), before, after);
            await db.SaveChangesAsync(cancellationToken);
        }, DomainErrors.ChangedMeanwhile, null, cancellationToken);
    }

    private async Task ChangeCaseAsync(Guid caseId, Action<ModerationCase, Actor, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        var moderator = await currentActor.RequireRoleAsync(Role.Moderator, cancellationToken);
        // A colleague's claim that landed first is refused by name on the fresh case; a flag counted meanwhile is not.
        await databases.ChangeAsync(
            db => db.ModerationCases.SingleOrNotFoundAsync(c => c.Id == caseId, cancellationToken),
            moderationCase => change(moderationCase, moderator, clock.GetUtcNow()),
            cancellationToken);
    }

    private static async Task<string> SanctionStateAsync(AppDbContext db, UserId author, DateTimeOffset now, CancellationToken cancellationToken) =>
        await Sanctions.CurrentAsync(db, author, now, cancellationToken) switch
        {
            null => "No sanction",
            { Until: null } => "Banned",
            { Until: { } until } => $"Suspended until {until:O}",
        };

    internal static string StateOf(IModeratable item) => item.HiddenAt is null ? "Visible" : "Hidden";

    internal static string? ReasonOf(string? template, string? reason) =>
        string.Join(" — ", new[] { template, reason?.Trim() }.Where(p => !string.IsNullOrEmpty(p)));
}
