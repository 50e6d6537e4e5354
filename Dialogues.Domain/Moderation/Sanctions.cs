using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;

namespace Dialogues.Domain.Moderation;

public enum ModerationActionKind
{
    DismissFlags,
    Hide,
    Restore,
    Redact,
    Warn,
    Suspend,
    Ban,
    AutoHide,
    Approve,
}

/// <summary>
/// A decision a moderator took, with the reason the author is shown. Hides, suspensions and bans may be
/// appealed once; the appeal is decided by another moderator and is final.
/// </summary>
public sealed class ModerationDecision : AggregateRoot
{
    public const int ReasonMax = 2_000;

    private ModerationDecision() => Reason = "";

    public Guid Id { get; private set; }

    public ItemKind ItemKind { get; private set; }

    public Guid ItemId { get; private set; }

    public UserId AuthorId { get; private set; }

    public ModerationActionKind Action { get; private set; }

    /// <summary>The reason template chosen (localized when shown), if any.</summary>
    public string? ReasonTemplate { get; private set; }

    public string Reason { get; private set; }

    public UserId DecidedBy { get; private set; }

    public DateTimeOffset DecidedAt { get; private set; }

    /// <summary>For suspensions: until when the author may not take part.</summary>
    public DateTimeOffset? Until { get; private set; }

    public string? AppealText { get; private set; }

    public DateTimeOffset? AppealedAt { get; private set; }

    public UserId? AppealDecidedBy { get; private set; }

    public bool? AppealUpheld { get; private set; }

    public string? AppealReason { get; private set; }

    public DateTimeOffset? AppealDecidedAt { get; private set; }

    /// <summary>Set when the sanction no longer applies (appeal granted, or lifted).</summary>
    public DateTimeOffset? LiftedAt { get; private set; }

    public ContentKey Item => new(ItemKind, ItemId);

    public bool IsAppealable => Action is ModerationActionKind.Hide or ModerationActionKind.Suspend or ModerationActionKind.Ban or ModerationActionKind.AutoHide;

    public bool IsSanction => Action is ModerationActionKind.Suspend or ModerationActionKind.Ban;

    /// <summary>Whether the author is barred from taking part at <paramref name="now"/> by this decision.</summary>
    public bool BarsAt(DateTimeOffset now) =>
        LiftedAt is null && (Action == ModerationActionKind.Ban || (Action == ModerationActionKind.Suspend && Until > now));

    public static ModerationDecision Take(ContentKey item, UserId author, ModerationActionKind action, Actor moderator, string? template, string? reason, DateTimeOffset? until, DateTimeOffset now)
    {
        DomainException.ThrowIf(!moderator.IsModerator, DomainErrors.Forbidden);
        DomainException.ThrowIf(string.IsNullOrWhiteSpace(template) && string.IsNullOrWhiteSpace(reason), DomainErrors.ModerationReasonRequired);
        DomainException.ThrowIf(action == ModerationActionKind.Suspend && (until is null || until <= now), DomainErrors.ModerationSuspensionLength);
        DomainException.ThrowIf(author == moderator.Id && action is ModerationActionKind.Suspend or ModerationActionKind.Ban or ModerationActionKind.Warn, DomainErrors.Forbidden);
        var decision = new ModerationDecision
        {
            Id = Guid.NewGuid(),
            ItemKind = item.Kind,
            ItemId = item.Id,
            AuthorId = author,
            Action = action,
            ReasonTemplate = template,
            Reason = Text.Optional(reason, ReasonMax, DomainErrors.ModerationReasonRequired) ?? "",
            DecidedBy = moderator.Id,
            DecidedAt = now,
            Until = action == ModerationActionKind.Suspend ? until : null,
        };
        decision.Raise(new ModerationDecided(decision.Id, item, author, action));
        decision.AnnounceVisibility();
        return decision;
    }

    /// <summary>The system's own decision: enough flags hid the item pending review.</summary>
    public static ModerationDecision AutoHide(ContentKey item, UserId author, DateTimeOffset now)
    {
        var decision = new ModerationDecision
        {
            Id = Guid.NewGuid(),
            ItemKind = item.Kind,
            ItemId = item.Id,
            AuthorId = author,
            Action = ModerationActionKind.AutoHide,
            ReasonTemplate = "Flagged",
            DecidedBy = UserId.Platform,
            DecidedAt = now,
        };
        decision.Raise(new ModerationDecided(decision.Id, item, author, ModerationActionKind.AutoHide));
        decision.AnnounceVisibility();
        return decision;
    }

    /// <summary>
    /// The author appeals, once per hidden item: <paramref name="otherDecisionsOnItem"/> are the item's other
    /// decisions, and an appeal against any hide of the item uses up the one appeal of every hide of it.
    /// </summary>
    public void Appeal(Actor author, string? text, IEnumerable<ModerationDecision> otherDecisionsOnItem, DateTimeOffset now)
    {
        DomainException.ThrowIf(author.Id != AuthorId, DomainErrors.Forbidden);
        DomainException.ThrowIf(!IsAppealable || LiftedAt is not null, DomainErrors.ModerationNotAppealable);
        DomainException.ThrowIf(AppealedAt is not null || (HidesItem && ItemHideAppealed(otherDecisionsOnItem)), DomainErrors.ModerationAlreadyAppealed);
        AppealText = Text.Required(text, 10, ReasonMax, DomainErrors.ModerationAppealText);
        AppealedAt = now;
        Raise(new ModerationAppealed(Id, Item, AuthorId));
    }

    /// <summary>
    /// Decides the appeal, once, by a moderator who took no decision on the item (<paramref name="otherDecisionsOnItem"/>):
    /// whoever hid it, even through another decision than the one appealed, may not judge the appeal. Granting it
    /// lifts the sanction (and the caller restores the item).
    /// </summary>
    public void DecideAppeal(Actor moderator, IEnumerable<ModerationDecision> otherDecisionsOnItem, bool grant, string? reason, DateTimeOffset now)
    {
        DomainException.ThrowIf(!moderator.IsModerator, DomainErrors.Forbidden);
        DomainException.ThrowIf(AppealedAt is null, DomainErrors.ModerationNoAppeal);
        DomainException.ThrowIf(AppealDecidedAt is not null, DomainErrors.ModerationAppealDecided);
        DomainException.ThrowIf(!MayDecideAppeal(moderator.Id, otherDecisionsOnItem), DomainErrors.ModerationAppealSameModerator);
        AppealReason = Text.Required(reason, 5, ReasonMax, DomainErrors.ModerationReasonRequired);
        AppealUpheld = !grant;
        AppealDecidedBy = moderator.Id;
        AppealDecidedAt = now;
        if (grant)
        {
            LiftedAt = now;
        }
        Raise(new ModerationAppealDecided(Id, Item, AuthorId, grant));
        if (grant && HidesItem)
        {
            Raise(new ContentVisibilityChanged(Item, Hidden: false));
        }
    }

    /// <summary>Whether <paramref name="moderator"/> acted on none of the item's decisions, so may judge an appeal on it.</summary>
    public bool MayDecideAppeal(UserId moderator, IEnumerable<ModerationDecision> otherDecisionsOnItem) =>
        moderator != DecidedBy && !otherDecisionsOnItem.Any(d => d.Item == Item && d.DecidedBy == moderator);

    /// <summary>Whether another hide of the same item was already appealed.</summary>
    public bool ItemHideAppealed(IEnumerable<ModerationDecision> otherDecisionsOnItem) =>
        otherDecisionsOnItem.Any(d => d.Id != Id && d.Item == Item && d.HidesItem && d.AppealedAt is not null);

    /// <summary>Whether the platform took it by itself (enough flags), not a person.</summary>
    public bool IsAutomatic => DecidedBy == UserId.Platform;

    /// <summary>Whether the decision took the item out of view (so granting an appeal against it shows it again).</summary>
    public bool HidesItem => Action is ModerationActionKind.Hide or ModerationActionKind.AutoHide;

    /// <summary>Whether the decision is about the person rather than the item.</summary>
    public bool IsAboutAuthor => ConcernsAuthor(Action);

    public static bool ConcernsAuthor(ModerationActionKind action) =>
        action is ModerationActionKind.Warn or ModerationActionKind.Suspend or ModerationActionKind.Ban;

    private void AnnounceVisibility()
    {
        if (HidesItem)
        {
            Raise(new ContentVisibilityChanged(Item, Hidden: true));
        }
        else if (!IsAboutAuthor)
        {
            Raise(new ContentVisibilityChanged(Item, Hidden: false));
        }
    }
}

public sealed record ModerationDecided(Guid DecisionId, ContentKey Item, UserId AuthorId, ModerationActionKind Action) : IDomainEvent;

public sealed record ModerationAppealed(Guid DecisionId, ContentKey Item, UserId AuthorId) : IDomainEvent;

public sealed record ModerationAppealDecided(Guid DecisionId, ContentKey Item, UserId AuthorId, bool Granted) : IDomainEvent;

/// <summary>Content was hidden or shown again; notifications about it follow.</summary>
public sealed record ContentVisibilityChanged(ContentKey Item, bool Hidden) : IDomainEvent;
