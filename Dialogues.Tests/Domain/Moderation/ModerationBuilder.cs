using Dialogues.Domain.Moderation;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;

namespace Dialogues.Tests.Domain.Moderation;

/// <summary>Actors, items and cases for moderation domain tests, around a fixed <see cref="Now"/>.</summary>
public static class ModerationBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public static ContentKey Item() => new(ItemKind.Comment, Guid.NewGuid());

    public static ModerationCase OpenCase(out ContentKey item, UserId? author = null)
    {
        item = Item();
        return ModerationCase.Open(item, author ?? new UserId(Guid.NewGuid()), Now);
    }

    public static Flag FlagBy(Actor flagger, ContentKey item, FlagReason reason = FlagReason.InsultOrHate) =>
        Flag.Raise(item, flagger, reason, null, Now);

    public static ModerationDecision HideBy(Actor moderator, ContentKey? item = null, UserId? author = null) =>
        ModerationDecision.Take(item ?? Item(), author ?? new UserId(Guid.NewGuid()), ModerationActionKind.Hide, moderator, "InsultOrHate", null, null, Now);
}
