using Dialogues.App.Features.Notifications;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.Notifications;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Moderation;

/// <summary>Authors hear what was decided about their content and why; flaggers hear how their flag ended.</summary>
internal sealed class ModerationNotificationRules(ModeratedContent content) : INotificationRules
{
    public async Task ApplyAsync(IReadOnlyList<IDomainEvent> events, NotificationContext context)
    {
        foreach (var domainEvent in events)
        {
            switch (domainEvent)
            {
                case ModerationDecided decided:
                    // Dismissing flags changes nothing for the author, who may never have known of them.
                    if (decided.Action != ModerationActionKind.DismissFlags && decided.AuthorId != UserId.Platform)
                    {
                        context.Notify(ToAuthor(decided.AuthorId, $"Moderation.{decided.Action}", decided.DecisionId));
                    }
                    if (OutcomeForFlaggers(decided.Action) is { } outcome)
                    {
                        await TellFlaggersAsync(context, decided.Item, outcome);
                    }
                    break;

                case ModerationAppealDecided appeal:
                    context.Notify(ToAuthor(appeal.AuthorId, appeal.Granted ? "Appeal.Granted" : "Appeal.Refused", appeal.DecisionId));
                    break;
            }
        }
    }

    private static NotificationDraft ToAuthor(UserId author, string template, Guid decision) =>
        new(author, NotificationKind.Moderation, template, [], $"moderation/decisions/{decision}", new ContentRef(ItemKind.ModerationDecision, decision));

    private static string? OutcomeForFlaggers(ModerationActionKind action) => action switch
    {
        ModerationActionKind.Hide => "Flag.Outcome.Hidden",
        ModerationActionKind.Redact => "Flag.Outcome.Redacted",
        ModerationActionKind.DismissFlags or ModerationActionKind.Restore => "Flag.Outcome.NoViolation",
        _ => null,
    };

    private async Task TellFlaggersAsync(NotificationContext context, ContentKey item, string outcome)
    {
        var db = context.Db;
        var openedAt = await db.ModerationCases.AsNoTracking()
            .Where(c => c.ItemKind == item.Kind && c.ItemId == item.Id)
            .Select(c => (DateTimeOffset?)c.OpenedAt)
            .SingleOrDefaultAsync(context.CancellationToken);
        var flags = await db.Flags.AsNoTracking()
            .Where(f => f.ItemKind == item.Kind && f.ItemId == item.Id && !f.Automatic && f.CreatedAt >= openedAt)
            .Select(f => new { f.FlaggedBy, f.CreatedAt })
            .ToListAsync(context.CancellationToken);
        if (flags.Count == 0)
        {
            return;
        }
        var flaggedAt = flags.GroupBy(f => f.FlaggedBy).ToDictionary(g => g.Key, g => g.Min(f => f.CreatedAt));
        // The flag is named by when it was sent, never by a quote: what was hidden (a phone number, an insult) must not
        // travel on in notifications and emails.
        var link = (await content.PreviewAsync(db, [item], context.CancellationToken)).GetValueOrDefault(item)?.Link ?? "moderation/mine";
        context.Notify(flaggedAt.Keys.ToList(), flagger => new NotificationDraft(
            flagger, NotificationKind.Moderation, outcome, [NotificationArguments.Moment(flaggedAt[flagger])], link, new ContentRef(ItemKind.Flag, item.Id)));
    }
}
