using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;

namespace Dialogues.Domain.Notifications;

/// <summary>What a person follows: an item, or an area or settlement.</summary>
public readonly record struct FollowTarget(ItemKind Kind, Guid Id)
{
    /// <summary>Areas and settlements are followed for the new things in them, not for activity on one item.</summary>
    public bool IsPlace => Kind is ItemKind.PolicyArea or ItemKind.Settlement;
}

/// <summary>A person follows an item (or an area or settlement) to hear of what happens there.</summary>
public sealed class Follow
{
    private Follow() { }

    public UserId UserId { get; private set; }

    public ItemKind TargetKind { get; private set; }

    public Guid TargetId { get; private set; }

    public DateTimeOffset FollowedAt { get; private set; }

    /// <summary>True when following started by taking part (commenting, signing ...) rather than by the button.</summary>
    public bool Automatic { get; private set; }

    public FollowTarget Target => new(TargetKind, TargetId);

    public static Follow Start(UserId user, FollowTarget target, DateTimeOffset now, bool automatic = false) =>
        new() { UserId = user, TargetKind = target.Kind, TargetId = target.Id, FollowedAt = now, Automatic = automatic };
}
