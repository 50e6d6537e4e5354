using Dialogues.Domain.Deadlines;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.Participants;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;

namespace Dialogues.Domain.Problems;

public readonly record struct ProblemReportId(Guid Value) : IEntityId<ProblemReportId>
{
    public static ProblemReportId From(Guid value) => new(value);

    public override string ToString() => Value.ToString();
}

/// <summary>Where a report stands. Stored by name, so never rename a member.</summary>
public enum ProblemStatus
{
    New,
    Confirmed,
    Planned,
    InProgress,
    Fixed,
    Closed,
    NotCompetent,
    Duplicate,
    Rejected,
}

/// <summary>One step of a report's public timeline, with the note everyone reads.</summary>
public sealed record StatusChange(ProblemStatus From, ProblemStatus To, string Note, UserId ChangedBy, DateTimeOffset ChangedAt, bool ByReporter);

/// <summary>Where the report is on the map and in which settlement, checked against the municipality's territory.</summary>
public sealed record ProblemPlace(SettlementId Settlement, GeoPoint? Point, string? Address, bool SettlementConfirmed);

/// <summary>The municipality's territory and the centre of each settlement, for checking where a report is.</summary>
public sealed record Territory(GeoBounds Bounds, IReadOnlyDictionary<SettlementId, (GeoPoint Centre, string Name)> Settlements)
{
    /// <summary>The settlement whose centre is nearest, or null when no centres are known.</summary>
    public SettlementId? NearestTo(GeoPoint point) =>
        Settlements.Count == 0 ? null : Settlements.MinBy(s => s.Value.Centre.DistanceMetersTo(point)).Key;
}

/// <summary>
/// A problem a resident reports in a settlement (a broken street light, a pothole), handled by a department through
/// a public workflow: every change carries a note, the answer is due within the signal deadline, and four weeks
/// after "fixed" the reporter confirms it or reopens it.
/// </summary>
public sealed class ProblemReport : AggregateRoot, IModeratable
{
    public const int TitleMin = 5, TitleMax = 150, DescriptionMin = 10, DescriptionMax = 4_000, AddressMax = 200;
    public const int NoteMin = 5, NoteMax = 2_000, CompetentBodyMax = 300, MaxPhotos = 5;
    public static readonly TimeSpan FixCheckAfter = TimeSpan.FromDays(28);

    private static readonly Dictionary<ProblemStatus, ProblemStatus[]> Transitions = new()
    {
        [ProblemStatus.New] = [ProblemStatus.Confirmed, ProblemStatus.NotCompetent, ProblemStatus.Rejected],
        [ProblemStatus.Confirmed] = [ProblemStatus.Planned, ProblemStatus.InProgress, ProblemStatus.Fixed, ProblemStatus.NotCompetent, ProblemStatus.Rejected],
        [ProblemStatus.Planned] = [ProblemStatus.InProgress, ProblemStatus.Fixed, ProblemStatus.Rejected],
        [ProblemStatus.InProgress] = [ProblemStatus.Planned, ProblemStatus.Fixed],
        [ProblemStatus.Fixed] = [ProblemStatus.Closed, ProblemStatus.InProgress],
    };

    private readonly List<AttachmentId> _photos = [];
    private readonly List<StatusChange> _history = [];

    private ProblemReport() => (Title, Description) = ("", "");

    public ProblemReportId Id { get; private set; }

    /// <summary>The public number (СГ-12), unique; given in order of reporting.</summary>
    public int Number { get; private set; }

    public ProblemCategoryId CategoryId { get; private set; }

    public PolicyAreaId PolicyAreaId { get; private set; }

    public DepartmentId DepartmentId { get; private set; }

    public SettlementId SettlementId { get; private set; }

    public double Latitude { get; private set; }

    public double Longitude { get; private set; }

    /// <summary>True when only an address was given: the pin is the settlement's centre.</summary>
    public bool LocationApproximate { get; private set; }

    public string? Address { get; private set; }

    public string Title { get; private set; }

    public string Description { get; private set; }

    public IReadOnlyList<AttachmentId> Photos => _photos;

    public UserId ReporterId { get; private set; }

    public DateTimeOffset ReportedAt { get; private set; }

    public ProblemStatus Status { get; private set; }

    public IReadOnlyList<StatusChange> History => _history;

    public ResponseDeadline Deadline { get; private set; } = null!;

    public DateTimeOffset? OverdueSince { get; private set; }

    /// <summary>When it was last marked fixed (the fix check is four weeks later).</summary>
    public DateTimeOffset? FixedAt { get; private set; }

    /// <summary>When the municipality gave its answer: fixed, or a final status other than closed.</summary>
    public DateTimeOffset? ResolvedAt { get; private set; }

    public string? CompetentBody { get; private set; }

    public ProblemReportId? MergedIntoId { get; private set; }

    public int MeTooCount { get; private set; }

    public int ReopenCount { get; private set; }

    public DateTimeOffset? HiddenAt { get; private set; }

    public GeoPoint Location => new(Latitude, Longitude);

    /// <summary>The series of report numbers: one running count, not restarted each year.</summary>
    public const string Series = "СГ";

    public static string Format(int number) => $"{Series}-{number}";

    public string PublicNumber => Format(Number);

    /// <summary>Still waiting for the municipality: offered as duplicates, counted open, in the department's queue.</summary>
    public static readonly ProblemStatus[] OpenStatuses = [ProblemStatus.New, ProblemStatus.Confirmed, ProblemStatus.Planned, ProblemStatus.InProgress];

    public bool IsOpen => OpenStatuses.Contains(Status);

    UserId IModeratable.AuthorId => ReporterId;

    string IModeratable.ModeratedText => $"{Title}\n{Description}\n{Address}";

    /// <summary>
    /// Whether the reporter agreed to be named publicly. A report is a signal under the АПК like a recommendation, and
    /// nobody may be persecuted for sending one (чл. 108, ал. 2): without consent only the reporter and staff see the name.
    /// </summary>
    public bool ShowReporterName { get; private set; }

    public void RecordNameConsent(bool agreed) => ShowReporterName = agreed;

    /// <summary>Whether <paramref name="reader"/> sees who reported it.</summary>
    public bool ShowsReporterTo(Actor? reader) => ShowReporterName || reader?.Id == ReporterId || reader is { IsStaff: true };

    public static ProblemReport Submit(
        Actor reporter, int number, ProblemCategory category, ProblemPlace place, Territory territory,
        string? title, string? description, IReadOnlyCollection<AttachmentId> photos, DateOnly today, int answerMonths, DateTimeOffset now, ProblemReportId? id = null)
    {
        DomainException.ThrowIf(category.IsArchived, DomainErrors.ProblemCategoryArchived);
        DomainException.ThrowIf(photos.Count > MaxPhotos, DomainErrors.ProblemTooManyPhotos, MaxPhotos);
        var report = new ProblemReport
        {
            Id = id ?? new ProblemReportId(Guid.NewGuid()),
            Number = number,
            CategoryId = category.Id,
            PolicyAreaId = category.PolicyAreaId,
            DepartmentId = category.DepartmentId,
            Title = Text.Required(title, TitleMin, TitleMax, DomainErrors.ProblemTitleLength),
            Description = Text.Required(description, DescriptionMin, DescriptionMax, DomainErrors.ProblemDescriptionLength),
            ReporterId = reporter.Id,
            ReportedAt = now,
            Status = ProblemStatus.New,
            Deadline = ResponseDeadline.Start(today, answerMonths),
        };
        report.Place(place, territory);
        report._photos.AddRange(photos);
        report.Raise(new ProblemReported(report.Id, report.DepartmentId, report.SettlementId, report.PolicyAreaId, reporter.Id));
        return report;
    }

    private void Place(ProblemPlace place, Territory territory)
    {
        Address = Text.Optional(place.Address, AddressMax, DomainErrors.ProblemAddressLength);
        DomainException.ThrowIf(place.Point is null && (Address?.Length ?? 0) < 3, DomainErrors.ProblemLocationRequired);
        DomainException.ThrowIf(!territory.Settlements.ContainsKey(place.Settlement), DomainErrors.NotFound);
        SettlementId = place.Settlement;
        if (place.Point is not { } point)
        {
            // Only an address: the pin goes to the settlement's centre and says so.
            (Latitude, Longitude, LocationApproximate) = (territory.Settlements[place.Settlement].Centre.Latitude, territory.Settlements[place.Settlement].Centre.Longitude, true);
            return;
        }
        DomainException.ThrowIf(!territory.Bounds.Contains(point), DomainErrors.ProblemOutsideMunicipality);
        if (!place.SettlementConfirmed && territory.NearestTo(point) is { } nearest && nearest != place.Settlement)
        {
            throw new DomainException(DomainErrors.ProblemSettlementMismatch, territory.Settlements[nearest].Name);
        }
        (Latitude, Longitude) = (point.Latitude, point.Longitude);
    }

    public bool MayBeHandledBy(Actor actor) => actor.IsAdministrator || actor.IsOfficialOf(DepartmentId);

    /// <summary>The statuses an official may move the report to now (merging as a duplicate is separate).</summary>
    public IReadOnlyList<ProblemStatus> NextStatuses => Transitions.GetValueOrDefault(Status) ?? [];

    /// <summary>An official moves the report on, with a public note; "not our competence" also says where to go.</summary>
    public void ChangeStatus(Actor official, ProblemStatus to, string? note, string? competentBody, DateTimeOffset now)
    {
        DomainException.ThrowIf(!MayBeHandledBy(official), DomainErrors.ProblemOtherDepartment);
        DomainException.ThrowIf(!NextStatuses.Contains(to), DomainErrors.ProblemTransitionNotAllowed);
        var text = Text.Required(note, NoteMin, NoteMax, DomainErrors.ProblemNoteLength);
        if (to == ProblemStatus.NotCompetent)
        {
            CompetentBody = Text.Required(competentBody, 3, CompetentBodyMax, DomainErrors.ProblemCompetentBodyRequired);
        }
        Move(to, text, official.Id, byReporter: false, now);
    }

    /// <summary>
    /// Marks this report a duplicate of <paramref name="kept"/>. The caller moves followers and "me too"s; the kept
    /// report counts this one's reporter and supporters.
    /// </summary>
    public void MergeInto(Actor official, ProblemReport kept, string? note, int keptMeTooCount, DateTimeOffset now)
    {
        DomainException.ThrowIf(!MayBeHandledBy(official), DomainErrors.ProblemOtherDepartment);
        DomainException.ThrowIf(kept.Id == Id || !IsOpen || !(kept.IsOpen || kept.Status == ProblemStatus.Fixed) || kept.MergedIntoId is not null,
            DomainErrors.ProblemMergeInvalid);
        var text = Text.Required(note, NoteMin, NoteMax, DomainErrors.ProblemNoteLength);
        MergedIntoId = kept.Id;
        Move(ProblemStatus.Duplicate, text, official.Id, byReporter: false, now);
        kept.MeTooCount = keptMeTooCount;
        kept.Raise(new ProblemMeTooAdded(kept.Id, kept.DepartmentId, ReporterId));
    }

    /// <summary>Someone else has the same problem: one "me too" each, while the report is open.</summary>
    public void AddMeToo(Actor supporter)
    {
        DomainException.ThrowIf(supporter.Id == ReporterId, DomainErrors.ProblemOwnReport);
        DomainException.ThrowIf(!IsOpen, DomainErrors.ProblemNotOpen);
        MeTooCount++;
        Raise(new ProblemMeTooAdded(Id, DepartmentId, supporter.Id));
    }

    /// <summary>The reporter answers whether a fixed problem really is fixed: yes closes it, no reopens it.</summary>
    public void AnswerFixCheck(Actor reporter, bool isFixed, string? note, DateTimeOffset now)
    {
        DomainException.ThrowIf(reporter.Id != ReporterId, DomainErrors.ProblemNotReporter);
        DomainException.ThrowIf(Status != ProblemStatus.Fixed, DomainErrors.ProblemNotFixed);
        var text = isFixed
            ? Text.Optional(note, NoteMax, DomainErrors.ProblemNoteLength) ?? ""
            : Text.Required(note, NoteMin, NoteMax, DomainErrors.ProblemNoteLength);
        if (!isFixed)
        {
            ReopenCount++;
        }
        Move(isFixed ? ProblemStatus.Closed : ProblemStatus.InProgress, text, reporter.Id, byReporter: true, now);
    }

    public void MarkOverdue(DateTimeOffset now) => OverdueSince ??= now;

    private void Move(ProblemStatus to, string note, UserId by, bool byReporter, DateTimeOffset now)
    {
        var from = Status;
        _history.Add(new StatusChange(from, to, note, by, now, byReporter));
        Status = to;
        if (to == ProblemStatus.Fixed)
        {
            FixedAt = now;
        }
        if (to is ProblemStatus.Fixed or ProblemStatus.NotCompetent or ProblemStatus.Duplicate or ProblemStatus.Rejected)
        {
            ResolvedAt ??= now;
        }
        Raise(new ProblemStatusChanged(Id, DepartmentId, from, to, by));
    }

    public void Hide(DateTimeOffset now)
    {
        HiddenAt = now;
        Raise(new ProblemReportChanged(Id, DepartmentId));
    }

    public void Restore()
    {
        HiddenAt = null;
        Raise(new ProblemReportChanged(Id, DepartmentId));
    }

    public void Redact(string? fragment)
    {
        var texts = Redaction.Apply(fragment, Title, Description, Address ?? "");
        (Title, Description, Address) = (texts[0], texts[1], Address is null ? null : texts[2]);
        Raise(new ProblemReportChanged(Id, DepartmentId));
    }
}
