using Dialogues.Domain.Participants;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;

namespace Dialogues.Domain.Problems;

/// <summary>Something happened to a problem report; <see cref="DepartmentId"/> is the department handling it.</summary>
public interface IProblemEvent : IDomainEvent
{
    ProblemReportId ReportId { get; }

    DepartmentId DepartmentId { get; }
}

public sealed record ProblemReported(ProblemReportId ReportId, DepartmentId DepartmentId, SettlementId SettlementId, PolicyAreaId PolicyAreaId, UserId ReporterId) : IProblemEvent;

public sealed record ProblemStatusChanged(ProblemReportId ReportId, DepartmentId DepartmentId, ProblemStatus From, ProblemStatus To, UserId ChangedBy) : IProblemEvent;

public sealed record ProblemMeTooAdded(ProblemReportId ReportId, DepartmentId DepartmentId, UserId UserId) : IProblemEvent;

/// <summary>The report was hidden, restored or redacted by a moderator.</summary>
public sealed record ProblemReportChanged(ProblemReportId ReportId, DepartmentId DepartmentId) : IProblemEvent;
