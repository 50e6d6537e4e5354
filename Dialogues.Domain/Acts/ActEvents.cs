using Dialogues.Domain.Participants;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;

namespace Dialogues.Domain.Acts;

/// <summary>An event that belongs to one act's live stream.</summary>
public interface IActEvent : IDomainEvent
{
    ActId ActId { get; }
}

public sealed record ActCreated(ActId ActId) : IActEvent;

public sealed record ActPublished(ActId ActId, IReadOnlyList<PolicyAreaId> PolicyAreas, DepartmentId? Department) : IActEvent;

public sealed record ActChanged(ActId ActId) : IActEvent;

public sealed record ActSummaryPublished(ActId ActId) : IActEvent;

public sealed record LegalityFlagsChanged(ActId ActId, IReadOnlyList<LegalityRule> Raised) : IActEvent;

public sealed record ConsultationCommentPosted(ActId ActId, Guid CommentId, int? Paragraph, UserId AuthorId) : IActEvent;

/// <summary>A consultation comment was hidden, restored or redacted by a moderator.</summary>
public sealed record ConsultationCommentChanged(ActId ActId, Guid CommentId) : IActEvent;
