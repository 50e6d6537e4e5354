using Dialogues.Domain.Recommendations;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;

namespace Dialogues.App.Features.Recommendations;

/// <summary>One line of the public register.</summary>
public sealed record RecommendationRow(
    RecommendationId Id,
    string Number,
    string Title,
    PolicyAreaId PolicyAreaId,
    DepartmentId? DepartmentId,
    RecommendationStatus Status,
    DateTimeOffset? RegisteredAt,
    DateOnly? DueDate,
    bool Extended,
    DecisionOutcome? Outcome,
    DateOnly? DecisionDate,
    int CoSigners)
{
    /// <summary>Days left (0 on the due date), negative when overdue; null once decided.</summary>
    public int? DaysRemaining(DateOnly today) => DueDate is { } due && DecisionDate is null ? due.DayNumber - today.DayNumber : null;

    /// <summary>Answered after the due date: how many days late (0 when on time).</summary>
    public int? DaysLate => DueDate is { } due && DecisionDate is { } decided ? Math.Max(0, decided.DayNumber - due.DayNumber) : null;
}

public sealed record RecommendationFilter(
    RecommendationStatus? Status = null,
    PolicyAreaId? PolicyArea = null,
    DepartmentId? Department = null,
    int? Year = null,
    string? Search = null,
    bool OverdueOnly = false);

public sealed record ImplementationView(
    IReadOnlyList<Milestone> Milestones,
    IReadOnlyList<(Evidence Evidence, IReadOnlyList<Attachment> Files)> Evidence,
    IReadOnlyList<(ProgressComment Comment, string Author)> Comments,
    double? AverageRating,
    int Ratings,
    int? MyRating);

public sealed record RecommendationDetails(
    Recommendation Recommendation,
    string? SubmitterName,
    IReadOnlyList<Attachment> Attachments,
    int CoSigners,
    bool SignedByMe,
    bool IsMine,
    ImplementationView Implementation,
    Permissions Can);

/// <summary>What the reader may do on the page; the services check each again.</summary>
public sealed record Permissions(bool CoSign, bool Screen, bool Assign, bool Decide, bool Extend, bool Implement, bool CommentOnProgress, bool Rate);
