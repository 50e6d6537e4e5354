using Dialogues.Domain.Acts;
using Dialogues.Domain.Participants;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;

namespace Dialogues.App.Features.Acts;

public sealed record ActFilter(ActType? Type = null, PolicyAreaId? Area = null, ActStatus? Status = null, int? Year = null, string? Search = null);

public sealed record ActRow(ActId Id, string Number, string Title, ActType Type, ActStatus Status, DateTimeOffset PublishedAt, DateOnly? ConsultationEnd, DateOnly? AdoptedOn, int Flags);

public sealed record ConsultationCommentView(Guid Id, int? Paragraph, UserId AuthorId, string AuthorName, string Text, DateTimeOffset CreatedAt);

public sealed record LinkedAct(ActLinkKind Kind, ActId Id, string Number, string Title);

public sealed record ConcernRow(Dialogues.Domain.Recommendations.RecommendationId Id, string Number, string Title);

public sealed record ActDetails(
    Act Act,
    ActStatus Status,
    bool ConsultationOpen,
    IReadOnlyList<ConsultationCommentView> Comments,
    IReadOnlyList<Attachment> Documents,
    IReadOnlyList<LinkedAct> Links,
    IReadOnlyList<LegalityFinding> Findings,
    IReadOnlyList<ConcernRow> Concerns,
    bool CanChange)
{
    public bool AwaitsSummary(DateOnly today) => Act.HasConsultation && Act.SummaryPublishedAt is null && Act.ConsultationEnd < today;
}

public sealed record LegalityWatchRow(ActRow Act, IReadOnlyList<LegalityFlag> Flags, IReadOnlyList<LegalityFinding> Findings);
