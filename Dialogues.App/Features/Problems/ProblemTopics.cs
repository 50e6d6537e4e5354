using Dialogues.App.Infrastructure.Live;
using Dialogues.Domain.Problems;
using Dialogues.Domain.ReferenceData;

namespace Dialogues.App.Features.Problems;

public static class ProblemTopics
{
    public static LiveTopic Of(ProblemReportId report) => new($"problem:{report.Value}");

    /// <summary>A department's queue of reports.</summary>
    public static LiveTopic Department(DepartmentId department) => new($"problems:department:{department.Value}");

    /// <summary>The public map and list.</summary>
    public static readonly LiveTopic All = new("problems");
}
