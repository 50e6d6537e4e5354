using Dialogues.Domain.Participants;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;

namespace Dialogues.Domain.Recommendations;

public interface IRecommendationEvent : IDomainEvent
{
    RecommendationId RecommendationId { get; }
}

public sealed record RecommendationSubmitted(RecommendationId RecommendationId, UserId SubmittedBy) : IRecommendationEvent;

public sealed record RecommendationRefused(RecommendationId RecommendationId, UserId SubmittedBy) : IRecommendationEvent;

public sealed record RecommendationRegistered(RecommendationId RecommendationId, UserId SubmittedBy, PolicyAreaId PolicyAreaId, SettlementId? SettlementId) : IRecommendationEvent;

public sealed record RecommendationAssigned(RecommendationId RecommendationId, DepartmentId Department, UserId SubmittedBy) : IRecommendationEvent;

public sealed record RecommendationDecided(RecommendationId RecommendationId, UserId SubmittedBy, DecisionOutcome Outcome) : IRecommendationEvent;

public sealed record RecommendationDeadlineExtended(RecommendationId RecommendationId, UserId SubmittedBy, DateOnly NewDueDate) : IRecommendationEvent;

public sealed record RecommendationCoSigned(RecommendationId RecommendationId, UserId SignedBy) : IRecommendationEvent;

public sealed record RecommendationProgressed(RecommendationId RecommendationId) : IRecommendationEvent;

/// <summary>A citizen commented on the implementation.</summary>
public sealed record ProgressCommentWritten(RecommendationId RecommendationId, Guid CommentId, UserId AuthorId) : IRecommendationEvent;

/// <summary>A moderator hid, restored or redacted the recommendation or a comment on it.</summary>
public sealed record RecommendationModerated(RecommendationId RecommendationId) : IRecommendationEvent;

public sealed record RecommendationImplemented(RecommendationId RecommendationId, UserId SubmittedBy) : IRecommendationEvent;
