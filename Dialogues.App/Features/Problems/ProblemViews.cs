using Dialogues.App.Infrastructure.Localization;
using Dialogues.Domain.Problems;
using Dialogues.Domain.ReferenceData;

namespace Dialogues.App.Features.Problems;

public sealed record ProblemDraft(
    ProblemCategoryId Category,
    SettlementId Settlement,
    GeoPoint? Point,
    string? Address,
    bool SettlementConfirmed,
    string? Title,
    string? Description,
    bool ShowName = false);

public sealed record ProblemFilter(SettlementId? Settlement = null, ProblemCategoryId? Category = null, ProblemStatus? Status = null, DateOnly? From = null, DateOnly? To = null);

public sealed record ProblemRow(
    ProblemReportId Id, string Number, string Title, ProblemCategoryId Category, SettlementId Settlement, ProblemStatus Status,
    DateTimeOffset ReportedAt, DateOnly DueDate, bool Overdue, int MeToo, double Latitude, double Longitude);

public sealed record ProblemMarker(ProblemReportId Id, string Number, string Title, ProblemStatus Status, double Latitude, double Longitude);

public sealed record NearbyProblem(ProblemReportId Id, string Number, string Title, ProblemStatus Status, int MeToo, int DistanceMeters);

public sealed record HistoryEntry(StatusChange Change, string ChangedByName);

/// <param name="ReporterName">Empty when the reader may not see who reported it.</param>
public sealed record ProblemDetails(
    ProblemReport Report,
    string ReporterName,
    IReadOnlyList<HistoryEntry> History,
    string? MergedIntoNumber,
    bool CanHandle,
    bool IsReporter,
    bool MeTooByMe,
    IReadOnlyList<NearbyProblem> MergeCandidates);

public sealed record ProblemCategoryView(ProblemCategoryId Id, string NameBg, string NameEn, PolicyAreaId Area, DepartmentId Department, int SortOrder, bool IsArchived)
{
    public string Name => Cultures.IsEnglish ? NameEn : NameBg;
}

public sealed record StatsRow(string Name, int Open, int Fixed, double? MedianDaysToFix, int Overdue);

public sealed record ProblemStats(IReadOnlyList<StatsRow> BySettlement, IReadOnlyList<StatsRow> ByCategory, StatsRow Total);
