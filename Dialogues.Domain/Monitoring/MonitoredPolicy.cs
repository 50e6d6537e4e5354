using Dialogues.Domain.Moderation;
using Dialogues.Domain.Participants;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;

namespace Dialogues.Domain.Monitoring;

public readonly record struct PolicyId(Guid Value) : IEntityId<PolicyId>
{
    public static PolicyId From(Guid value) => new(value);

    public override string ToString() => Value.ToString();
}

public readonly record struct IndicatorId(Guid Value) : IEntityId<IndicatorId>
{
    public static IndicatorId From(Guid value) => new(value);

    public override string ToString() => Value.ToString();
}

public readonly record struct RoundId(Guid Value) : IEntityId<RoundId>
{
    public static RoundId From(Guid value) => new(value);

    public override string ToString() => Value.ToString();
}

/// <summary>
/// A municipal policy under civic monitoring: what it aims at (objectives), how that is measured (indicators), and
/// the rounds in which residents evaluate how it is carried out. Administrators define it.
/// </summary>
public sealed class MonitoredPolicy : AggregateRoot
{
    public const int TitleMin = 5, TitleMax = 200, DescriptionMax = 10_000, ObjectiveMax = 500, MaxObjectives = 10;

    private readonly List<string> _objectives = [];

    private MonitoredPolicy() => (Title, Description) = ("", "");

    public PolicyId Id { get; private set; }

    public string Title { get; private set; }

    public string Description { get; private set; }

    public PolicyAreaId PolicyAreaId { get; private set; }

    /// <summary>The department carrying it out: it records indicator values and hears the reminders.</summary>
    public DepartmentId? DepartmentId { get; private set; }

    public IReadOnlyList<string> Objectives => _objectives;

    /// <summary>Monitored now (a limited number at a time); others are kept with their history.</summary>
    public bool IsMonitored { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static MonitoredPolicy Define(Actor administrator, string? title, string? description, PolicyAreaId area, DepartmentId? department,
        IReadOnlyList<string> objectives, DateTimeOffset now)
    {
        EnsureAdministrator(administrator);
        var policy = new MonitoredPolicy { Id = new PolicyId(Guid.NewGuid()), CreatedAt = now, IsMonitored = true };
        policy.Change(administrator, title, description, area, department, objectives);
        policy.Raise(new PolicyDefined(policy.Id, area));
        return policy;
    }

    public void Change(Actor administrator, string? title, string? description, PolicyAreaId area, DepartmentId? department, IReadOnlyList<string> objectives)
    {
        EnsureAdministrator(administrator);
        Title = Text.Required(title, TitleMin, TitleMax, DomainErrors.PolicyTitleLength);
        Description = Text.Optional(description, DescriptionMax, DomainErrors.PolicyDescriptionLength) ?? "";
        PolicyAreaId = area;
        DepartmentId = department;
        var cleaned = objectives.Select(o => o.Trim()).Where(o => o.Length > 0).ToList();
        DomainException.ThrowIf(cleaned.Count == 0 || cleaned.Count > MaxObjectives || cleaned.Any(o => o.Length > ObjectiveMax),
            DomainErrors.PolicyObjectives, MaxObjectives, ObjectiveMax);
        _objectives.Clear();
        _objectives.AddRange(cleaned);
    }

    /// <summary>Starts or stops monitoring; the caller checks how many are monitored at once.</summary>
    public void SetMonitored(Actor administrator, bool monitored)
    {
        EnsureAdministrator(administrator);
        IsMonitored = monitored;
    }

    public bool MayRecordValues(Actor? actor) =>
        actor is not null && (actor.IsAdministrator || (DepartmentId is { } department && actor.IsOfficialOf(department)));

    internal static void EnsureAdministrator(Actor actor) => DomainException.ThrowIf(!actor.IsAdministrator, DomainErrors.Forbidden);
}

/// <summary>
/// How one objective is measured: a unit, where it started, where it should get to, and values over time, each
/// with its source.
/// </summary>
public sealed class Indicator : AggregateRoot
{
    public const int NameMax = 200, UnitMax = 20, SourceMax = 500;

    private readonly List<IndicatorValue> _values = [];

    private Indicator() => (Name, Unit) = ("", "");

    public IndicatorId Id { get; private set; }

    public PolicyId PolicyId { get; private set; }

    public string Name { get; private set; }

    public string Unit { get; private set; }

    public decimal Baseline { get; private set; }

    public decimal Target { get; private set; }

    public IReadOnlyList<IndicatorValue> Values => _values;

    public static Indicator Define(Actor administrator, MonitoredPolicy policy, string? name, string? unit, decimal baseline, decimal target)
    {
        MonitoredPolicy.EnsureAdministrator(administrator);
        return new Indicator
        {
            Id = new IndicatorId(Guid.NewGuid()),
            PolicyId = policy.Id,
            Name = Text.Required(name, 3, NameMax, DomainErrors.IndicatorNameLength),
            Unit = Text.Required(unit, 1, UnitMax, DomainErrors.IndicatorUnitLength),
            Baseline = baseline,
            Target = target,
        };
    }

    /// <summary>Records a measured value; it must be in the indicator's unit, and one value per day.</summary>
    public void Record(Actor actor, MonitoredPolicy policy, DateOnly on, decimal value, string? unit, string? source, DateTimeOffset now)
    {
        DomainException.ThrowIf(policy.Id != PolicyId || !policy.MayRecordValues(actor), DomainErrors.Forbidden);
        DomainException.ThrowIf(!string.Equals(unit?.Trim(), Unit, StringComparison.OrdinalIgnoreCase), DomainErrors.IndicatorUnitMismatch, Unit);
        DomainException.ThrowIf(_values.Any(v => v.On == on), DomainErrors.IndicatorValueExists);
        _values.Add(new IndicatorValue(on, value, Text.Required(source, 3, SourceMax, DomainErrors.IndicatorSourceRequired), actor.Id, now));
        Raise(new IndicatorRecorded(PolicyId, Id));
    }

    /// <summary>How far from baseline to target the latest value has come, 0–100 (either direction of target).</summary>
    public int? ProgressPercent()
    {
        if (_values.Count == 0 || Target == Baseline)
        {
            return null;
        }
        var latest = _values.MaxBy(v => v.On)!.Value;
        return (int)Math.Round(Math.Clamp((latest - Baseline) / (Target - Baseline), 0m, 1m) * 100);
    }
}

public sealed record IndicatorValue(DateOnly On, decimal Value, string Source, UserId RecordedBy, DateTimeOffset RecordedAt);

/// <summary>An NGO's (or any participant's) monitoring report on a policy: a summary and the full document.</summary>
public sealed class MonitoringReport : AggregateRoot, IModeratable
{
    public const int TitleMax = 200, SummaryMin = 20, SummaryMax = 5_000, OrganisationMax = 150;

    private MonitoringReport() => (Title, Summary, Organisation) = ("", "", "");

    public Guid Id { get; private set; }

    public PolicyId PolicyId { get; private set; }

    public string Title { get; private set; }

    public string Summary { get; private set; }

    /// <summary>Who stands behind the report (an NGO, a network, a citizens' group).</summary>
    public string Organisation { get; private set; }

    public AttachmentId? DocumentId { get; private set; }

    public UserId AuthorId { get; private set; }

    public DateTimeOffset PublishedAt { get; private set; }

    public DateTimeOffset? HiddenAt { get; private set; }

    string IModeratable.ModeratedText => $"{Title}\n{Organisation}\n{Summary}";

    public static MonitoringReport Publish(MonitoredPolicy policy, Actor author, string? title, string? organisation, string? summary, DateTimeOffset now)
    {
        var report = new MonitoringReport
        {
            Id = Guid.NewGuid(),
            PolicyId = policy.Id,
            Title = Text.Required(title, 5, TitleMax, DomainErrors.ReportTitleLength),
            Organisation = Text.Required(organisation, 2, OrganisationMax, DomainErrors.ReportOrganisationLength),
            Summary = Text.Required(summary, SummaryMin, SummaryMax, DomainErrors.ReportSummaryLength),
            AuthorId = author.Id,
            PublishedAt = now,
        };
        report.Raise(new ReportPublished(policy.Id, report.Id, author.Id));
        return report;
    }

    public void AttachDocument(AttachmentId document) => DocumentId = document;

    public void Hide(DateTimeOffset now)
    {
        HiddenAt = now;
        Raise(new ReportChanged(PolicyId, Id));
    }

    public void Restore()
    {
        HiddenAt = null;
        Raise(new ReportChanged(PolicyId, Id));
    }

    public void Redact(string? fragment)
    {
        var redacted = Redaction.Apply(fragment, Title, Summary);
        (Title, Summary) = (redacted[0], redacted[1]);
        Raise(new ReportChanged(PolicyId, Id));
    }
}
