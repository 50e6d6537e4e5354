using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;

namespace Dialogues.Domain.Moderation;

/// <summary>A piece of user content, of any kind, that can be flagged and moderated.</summary>
public readonly record struct ContentKey(ItemKind Kind, Guid Id)
{
    public override string ToString() => $"{Kind}:{Id}";
}

public enum FlagReason
{
    Spam,
    InsultOrHate,
    OffTopic,
    PersonalData,
    Illegal,
    Other,
}

/// <summary>One person's flag on one item; a second flag by the same person is refused by the key.</summary>
public sealed class Flag
{
    public const int TextMax = 1_000;

    private Flag() { }

    public Guid Id { get; private set; }

    public ItemKind ItemKind { get; private set; }

    public Guid ItemId { get; private set; }

    public UserId FlaggedBy { get; private set; }

    public FlagReason Reason { get; private set; }

    public string? Text { get; private set; }

    public bool ByModerator { get; private set; }

    /// <summary>Raised by the watch-word list rather than a person.</summary>
    public bool Automatic { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public ContentKey Item => new(ItemKind, ItemId);

    public static Flag Raise(ContentKey item, Actor flagger, FlagReason reason, string? text, DateTimeOffset now)
    {
        DomainException.ThrowIf(reason == FlagReason.Other && string.IsNullOrWhiteSpace(text), DomainErrors.FlagTextRequired);
        return new Flag
        {
            Id = Guid.NewGuid(),
            ItemKind = item.Kind,
            ItemId = item.Id,
            FlaggedBy = flagger.Id,
            Reason = reason,
            Text = Shared.Text.Optional(text, TextMax, DomainErrors.FlagTextLength),
            ByModerator = flagger.IsModerator,
            CreatedAt = now,
        };
    }

    /// <summary>A flag the word list raises, in the name of the platform account.</summary>
    public static Flag ByWordList(ContentKey item, string matched, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        ItemKind = item.Kind,
        ItemId = item.Id,
        FlaggedBy = UserId.Platform,
        Reason = FlagReason.Other,
        Text = matched,
        Automatic = true,
        CreatedAt = now,
    };
}

public enum CaseStatus
{
    Open,
    Resolved,
}

/// <summary>
/// The moderation of one item: its flags add up until a threshold hides it pending review; a moderator claims it
/// (for ten minutes) so two moderators never act on it at once, then resolves it.
/// </summary>
public sealed class ModerationCase : AggregateRoot
{
    public static readonly TimeSpan ClaimLength = TimeSpan.FromMinutes(10);

    private ModerationCase() { }

    public Guid Id { get; private set; }

    public ItemKind ItemKind { get; private set; }

    public Guid ItemId { get; private set; }

    public UserId AuthorId { get; private set; }

    public CaseStatus Status { get; private set; }

    public int FlagCount { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    /// <summary>Set when the flags reached the threshold and the item was hidden pending review.</summary>
    public DateTimeOffset? AutoHiddenAt { get; private set; }

    /// <summary>Opened because the author's first posts wait for approval, not because of flags.</summary>
    public bool PreModeration { get; private set; }

    public UserId? ClaimedBy { get; private set; }

    public DateTimeOffset? ClaimExpiresAt { get; private set; }

    public DateTimeOffset? FirstActionAt { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    public ContentKey Item => new(ItemKind, ItemId);

    public static ModerationCase Open(ContentKey item, UserId author, DateTimeOffset now, bool preModeration = false)
    {
        var moderationCase = new ModerationCase
        {
            Id = Guid.NewGuid(),
            ItemKind = item.Kind,
            ItemId = item.Id,
            AuthorId = author,
            Status = CaseStatus.Open,
            OpenedAt = now,
            PreModeration = preModeration,
        };
        moderationCase.Raise(new ModerationQueueChanged(item));
        if (preModeration)
        {
            moderationCase.Raise(new ContentVisibilityChanged(item, Hidden: true));
        }
        return moderationCase;
    }

    /// <summary>
    /// Counts a flag; returns true when this flag hides the item: the distinct flags reached the threshold, or a
    /// moderator flagged it (a moderator's flag counts as the whole threshold). A word-list flag only asks for a
    /// look: it queues the item without counting towards hiding it.
    /// </summary>
    public bool RecordFlag(Flag flag, int threshold, DateTimeOffset now)
    {
        if (Status == CaseStatus.Resolved)
        {
            // Flagged again after a decision: a new round of review.
            Status = CaseStatus.Open;
            OpenedAt = now;
            FirstActionAt = null;
            ResolvedAt = null;
            FlagCount = 0;
            AutoHiddenAt = null;
            PreModeration = false;
        }
        if (flag.Automatic)
        {
            Raise(new ModerationQueueChanged(Item));
            return false;
        }
        FlagCount++;
        var hides = AutoHiddenAt is null && !PreModeration && (flag.ByModerator || FlagCount >= threshold);
        if (hides)
        {
            AutoHiddenAt = now;
        }
        Raise(new ModerationQueueChanged(Item));
        return hides;
    }

    public bool IsClaimedByOtherThan(UserId moderator, DateTimeOffset now) =>
        ClaimedBy is { } holder && holder != moderator && ClaimExpiresAt > now;

    /// <summary>Takes the case for ten minutes; refused while another moderator's claim runs.</summary>
    public void Claim(Actor moderator, DateTimeOffset now)
    {
        DomainException.ThrowIf(!moderator.IsModerator, DomainErrors.Forbidden);
        DomainException.ThrowIf(Status == CaseStatus.Resolved, DomainErrors.ModerationCaseResolved);
        DomainException.ThrowIf(IsClaimedByOtherThan(moderator.Id, now), DomainErrors.ModerationClaimedByOther);
        ClaimedBy = moderator.Id;
        ClaimExpiresAt = now + ClaimLength;
        Raise(new ModerationQueueChanged(Item));
    }

    public void Release(Actor moderator)
    {
        if (ClaimedBy == moderator.Id)
        {
            ClaimedBy = null;
            ClaimExpiresAt = null;
            Raise(new ModerationQueueChanged(Item));
        }
    }

    /// <summary>Every action needs the acting moderator's own, unexpired claim.</summary>
    public void EnsureClaimedBy(Actor moderator, DateTimeOffset now)
    {
        DomainException.ThrowIf(!moderator.IsModerator, DomainErrors.Forbidden);
        DomainException.ThrowIf(IsClaimedByOtherThan(moderator.Id, now), DomainErrors.ModerationClaimedByOther);
        DomainException.ThrowIf(ClaimedBy != moderator.Id || ClaimExpiresAt <= now, DomainErrors.ModerationClaimRequired);
    }

    /// <summary>An appeal against the automatic hide was granted: nothing is left to review.</summary>
    public void ClosedByAppeal(DateTimeOffset now)
    {
        if (Status == CaseStatus.Open)
        {
            Status = CaseStatus.Resolved;
            FirstActionAt ??= now;
            ResolvedAt = now;
            ClaimedBy = null;
            ClaimExpiresAt = null;
            Raise(new ModerationQueueChanged(Item));
        }
    }

    /// <summary>Records an action taken on the item; <paramref name="resolves"/> closes the case.</summary>
    public void Acted(Actor moderator, bool resolves, DateTimeOffset now)
    {
        EnsureClaimedBy(moderator, now);
        FirstActionAt ??= now;
        if (resolves)
        {
            Status = CaseStatus.Resolved;
            ResolvedAt = now;
            ClaimedBy = null;
            ClaimExpiresAt = null;
        }
        Raise(new ModerationQueueChanged(Item));
    }
}

/// <summary>The moderation queue changed for this item: new flag, claim, release or decision.</summary>
public sealed record ModerationQueueChanged(ContentKey Item) : IDomainEvent;
