using System.Globalization;
using Dialogues.Domain.Participants;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;

namespace Dialogues.Domain.Acts;

/// <summary>
/// A municipal act in the public register: a council decision, an ordinance, a mayor's order, a strategy or plan.
/// Officials publish it (a normative draft first goes to public consultation); once published, every change is
/// kept as a revision, and the legality watch is recomputed from its dates.
/// </summary>
public sealed class Act : AggregateRoot
{
    public const int NumberMax = 50, TitleMin = 5, TitleMax = 300, TextMin = 20, TextMax = 200_000;
    public const int NotesMax = 50_000, ReasonMax = 2_000, MaxDocuments = 10, RevisionNoteMin = 5, RevisionNoteMax = 500;

    private readonly List<PolicyAreaId> _policyAreas = [];
    private readonly List<AttachmentId> _documents = [];
    private readonly List<ActLink> _links = [];
    private readonly List<LegalityFlag> _flags = [];
    private readonly List<SummaryEntry> _summary = [];

    private Act() => (Number, Title, Text) = ("", "", "");

    public ActId Id { get; private set; }

    public string Number { get; private set; }

    public string Title { get; private set; }

    /// <summary>Number and title in lower case, for search in any script.</summary>
    public string SearchText { get; private set; } = "";

    public ActType Type { get; private set; }

    public IssuingBody IssuedBy { get; private set; }

    public IReadOnlyList<PolicyAreaId> PolicyAreas => _policyAreas;

    /// <summary>The department that drafted it: it answers comments, publishes the summary and hears the reminders.</summary>
    public DepartmentId? DepartmentId { get; private set; }

    /// <summary>Markdown; split into addressable paragraphs for comments.</summary>
    public string Text { get; private set; }

    public string? Motives { get; private set; }

    public string? ImpactAssessment { get; private set; }

    public IReadOnlyList<AttachmentId> Documents => _documents;

    public IReadOnlyList<ActLink> Links => _links;

    public DateOnly? ConsultationStart { get; private set; }

    public DateOnly? ConsultationEnd { get; private set; }

    /// <summary>The exceptional reasons for a consultation shorter than 30 days (ЗНА чл. 26, ал. 4).</summary>
    public string? ShortConsultationReason { get; private set; }

    public DateOnly? AdoptedOn { get; private set; }

    public DateOnly? InForceFrom { get; private set; }

    public DateOnly? RepealedOn { get; private set; }

    public UserId CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>How many published versions there are (the first publication is revision 1).</summary>
    public int RevisionCount { get; private set; }

    public DateTimeOffset? SummaryPublishedAt { get; private set; }

    /// <summary>The day (in the municipality) the summary was published, which the legality watch compares with adoption.</summary>
    public DateOnly? SummaryPublishedOn { get; private set; }

    public IReadOnlyList<SummaryEntry> Summary => _summary;

    public IReadOnlyList<LegalityFlag> LegalityFlags => _flags;

    /// <summary>Kept in step with <see cref="LegalityFlags"/>, so the public watch list filters in SQL.</summary>
    public int LegalityFlagCount { get; private set; }

    public bool HasConsultation => ConsultationStart is not null && ConsultationEnd is not null;

    public IReadOnlyList<ActParagraph> Paragraphs => ActText.Paragraphs(Text);

    public static Act Create(Actor official, ActDraft draft, DateTimeOffset now)
    {
        DomainException.ThrowIf(!official.IsOfficial && !official.IsAdministrator, DomainErrors.Forbidden);
        var act = new Act { Id = ActId.New(), CreatedBy = official.Id, CreatedAt = now, UpdatedAt = now };
        act.Apply(draft);
        act.Raise(new ActCreated(act.Id));
        return act;
    }

    /// <summary>Makes the act public (as a draft for consultation, or as adopted) and records it as revision 1.</summary>
    /// <summary>
    /// Publishes the act. One the legality watch would flag at once (too short a consultation, no motives) is published
    /// only when the official, warned, does it <paramref name="despiteFindings"/>: the flag is public from that moment.
    /// </summary>
    public ActRevision Publish(Actor official, DateTimeOffset now, bool despiteFindings = false)
    {
        EnsureMayChange(official);
        DomainException.ThrowIf(PublishedAt is not null, DomainErrors.ActAlreadyPublished);
        DomainException.ThrowIf(!despiteFindings && FindingsOncePublished().Count > 0, DomainErrors.ActPublishWouldBeFlagged);
        PublishedAt = now;
        UpdatedAt = now;
        RevisionCount = 1;
        RecomputeLegality(now);
        Raise(new ActPublished(Id, [.. _policyAreas], DepartmentId));
        return ActRevision.Of(this, null, official.Id, now);
    }

    /// <summary>
    /// Changes the act. Before publication it is a working draft; after, a change needs a note and is kept as a new
    /// revision (returned, for the caller to store with the change). <paramref name="editedRevision"/> is the revision
    /// the official started from: a change made on top of a colleague's newer one would silently undo it.
    /// </summary>
    public ActRevision? Edit(Actor official, ActDraft draft, string? revisionNote, int editedRevision, DateTimeOffset now)
    {
        EnsureMayChange(official);
        DomainException.ThrowIf(editedRevision != RevisionCount, DomainErrors.ActEditedMeanwhile, RevisionCount);
        var note = PublishedAt is null ? null : Shared.Text.Required(revisionNote, RevisionNoteMin, RevisionNoteMax, DomainErrors.ActRevisionNoteRequired);
        Apply(draft);
        UpdatedAt = now;
        if (PublishedAt is null)
        {
            return null;
        }
        RevisionCount++;
        RecomputeLegality(now);
        Raise(new ActChanged(Id));
        return ActRevision.Of(this, note, official.Id, now);
    }

    public void AttachDocument(Actor official, AttachmentId document)
    {
        EnsureMayChange(official);
        DomainException.ThrowIf(_documents.Count >= MaxDocuments, DomainErrors.ActTooManyDocuments, MaxDocuments);
        _documents.Add(document);
    }

    public ActStatus StatusOn(DateOnly today) =>
        RepealedOn <= today ? ActStatus.Repealed
        : InForceFrom <= today ? ActStatus.InForce
        : AdoptedOn <= today ? ActStatus.Adopted
        : ConsultationStart <= today && today <= ConsultationEnd ? ActStatus.UnderConsultation
        : ConsultationEnd < today ? ActStatus.ConsultationClosed
        : ActStatus.Draft;

    public bool ConsultationOpenOn(DateOnly today) =>
        PublishedAt is not null && !(AdoptedOn <= today) && ConsultationStart <= today && today <= ConsultationEnd;

    public void EnsureConsultationOpen(DateOnly today) =>
        DomainException.ThrowIf(!ConsultationOpenOn(today), DomainErrors.ActConsultationClosed);

    /// <summary>
    /// After the period for proposals, the drafter answers every comment received (accepted or not, and why) and
    /// publishes the summary; once, before adoption (ЗНА чл. 26, ал. 5).
    /// </summary>
    public void PublishSummary(Actor official, IReadOnlyList<SummaryEntryDraft> entries, IReadOnlyCollection<Guid> comments, DateOnly today, DateTimeOffset now)
    {
        EnsureMayChange(official);
        DomainException.ThrowIf(!HasConsultation || PublishedAt is null, DomainErrors.ActNoConsultation);
        DomainException.ThrowIf(today <= ConsultationEnd, DomainErrors.ActConsultationNotEnded);
        DomainException.ThrowIf(SummaryPublishedAt is not null, DomainErrors.ActSummaryAlreadyPublished);
        var answered = entries.Select(e => e.CommentId).ToHashSet();
        DomainException.ThrowIf(answered.Count != entries.Count || !answered.SetEquals(comments), DomainErrors.ActSummaryIncomplete);
        _summary.AddRange(entries.Select(e => new SummaryEntry(e.CommentId, e.Outcome,
            Shared.Text.Required(e.Reason, 5, ReasonMax, DomainErrors.ActSummaryReasonRequired))));
        SummaryPublishedAt = now;
        SummaryPublishedOn = today;
        UpdatedAt = now;
        RecomputeLegality(now);
        Raise(new ActSummaryPublished(Id));
    }

    /// <summary>An official explains a flag; the flag stays while its facts hold.</summary>
    public void ExplainFlag(Actor official, LegalityRule rule, string? explanation, DateTimeOffset now)
    {
        EnsureMayChange(official);
        var flag = _flags.SingleOrDefault(f => f.Rule == rule) ?? throw new DomainException(DomainErrors.NotFound);
        flag.Explain(Shared.Text.Required(explanation, 10, ReasonMax, DomainErrors.ActExplanationLength), official.Id, now);
        UpdatedAt = now;
        Raise(new ActChanged(Id));
    }

    /// <summary>What the legality watch will flag as soon as this draft is published.</summary>
    public IReadOnlyList<LegalityFinding> FindingsOncePublished() => LegalityRules.Check(this, asPublished: true);

    public bool MayBeChangedBy(Actor? actor) =>
        actor is not null && (actor.IsAdministrator || (actor.IsOfficial && (DepartmentId is null || actor.IsOfficialOf(DepartmentId.Value))));

    private void EnsureMayChange(Actor official) => DomainException.ThrowIf(!MayBeChangedBy(official), DomainErrors.Forbidden);

    private void RecomputeLegality(DateTimeOffset now)
    {
        var findings = LegalityRules.Check(this).Select(f => f.Rule).ToHashSet();
        var before = _flags.Select(f => f.Rule).ToHashSet();
        _flags.RemoveAll(f => !findings.Contains(f.Rule));
        _flags.AddRange(findings.Where(rule => !before.Contains(rule)).Select(rule => LegalityFlag.Raise(rule, now)));
        LegalityFlagCount = _flags.Count;
        if (!before.SetEquals(findings))
        {
            Raise(new LegalityFlagsChanged(Id, findings.Except(before).ToList()));
        }
    }

    private void Apply(ActDraft draft)
    {
        Number = Shared.Text.Required(draft.Number, 1, NumberMax, DomainErrors.ActNumberLength);
        Title = Shared.Text.Required(draft.Title, TitleMin, TitleMax, DomainErrors.ActTitleLength);
        SearchText = $"{Number} {Title}".ToLowerInvariant();
        Type = draft.Type;
        IssuedBy = draft.IssuedBy;
        DomainException.ThrowIf(draft.PolicyAreas.Count == 0, DomainErrors.ActPolicyAreaRequired);
        _policyAreas.Clear();
        _policyAreas.AddRange(draft.PolicyAreas.Distinct());
        DepartmentId = draft.Department;
        Text = Shared.Text.Required(draft.Text, TextMin, TextMax, DomainErrors.ActTextLength);
        Motives = Shared.Text.Optional(draft.Motives, NotesMax, DomainErrors.ActNotesLength);
        ImpactAssessment = Shared.Text.Optional(draft.ImpactAssessment, NotesMax, DomainErrors.ActNotesLength);

        DomainException.ThrowIf(draft.ConsultationStart is null != draft.ConsultationEnd is null, DomainErrors.ActConsultationDatesIncomplete);
        DomainException.ThrowIf(draft.ConsultationEnd < draft.ConsultationStart, DomainErrors.ActConsultationEndBeforeStart);
        DomainException.ThrowIf(draft.InForceFrom is not null && (draft.AdoptedOn is null || draft.InForceFrom < draft.AdoptedOn), DomainErrors.ActInForceBeforeAdoption);
        DomainException.ThrowIf(draft.RepealedOn is not null && (draft.AdoptedOn is null || draft.RepealedOn < draft.AdoptedOn), DomainErrors.ActRepealedBeforeAdoption);
        (ConsultationStart, ConsultationEnd) = (draft.ConsultationStart, draft.ConsultationEnd);
        ShortConsultationReason = Shared.Text.Optional(draft.ShortConsultationReason, ReasonMax, DomainErrors.ActNotesLength);
        (AdoptedOn, InForceFrom, RepealedOn) = (draft.AdoptedOn, draft.InForceFrom, draft.RepealedOn);

        DomainException.ThrowIf(draft.Links.Any(l => l.Target == Id), DomainErrors.ActLinkToItself);
        _links.Clear();
        _links.AddRange(draft.Links.Distinct());
    }

    /// <summary>The act's dates and kinds as "key: value" lines, for revisions and their diff.</summary>
    internal string FactLines()
    {
        static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";
        return string.Join('\n',
            $"Type: {Type}",
            $"IssuedBy: {IssuedBy}",
            $"PolicyAreas: {string.Join(", ", _policyAreas.Select(a => a.Value))}",
            $"Department: {DepartmentId?.Value.ToString() ?? "—"}",
            $"Consultation: {Day(ConsultationStart)} – {Day(ConsultationEnd)}",
            $"ShortConsultationReason: {ShortConsultationReason ?? "—"}",
            $"AdoptedOn: {Day(AdoptedOn)}",
            $"InForceFrom: {Day(InForceFrom)}",
            $"RepealedOn: {Day(RepealedOn)}",
            $"Links: {string.Join(", ", _links.Select(l => $"{l.Kind} {l.Target}"))}");
    }
}

public enum SummaryOutcome
{
    Accepted,
    PartlyAccepted,
    NotAccepted,
}

public sealed record SummaryEntryDraft(Guid CommentId, SummaryOutcome Outcome, string? Reason);

/// <summary>The drafter's answer to one comment received in the consultation.</summary>
public sealed record SummaryEntry(Guid CommentId, SummaryOutcome Outcome, string Reason);

/// <summary>One published version of an act, kept for ever: what it said, and why it was changed.</summary>
public sealed class ActRevision : IAppendOnly
{
    private ActRevision() => (Number, Title, Text, Facts) = ("", "", "", "");

    public Guid Id { get; private set; }

    public ActId ActId { get; private set; }

    /// <summary>1 for the first publication, then one more for each change.</summary>
    public int Revision { get; private set; }

    public string? Note { get; private set; }

    public UserId ChangedBy { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public string Number { get; private set; }

    public string Title { get; private set; }

    public string Text { get; private set; }

    public string? Motives { get; private set; }

    public string? ImpactAssessment { get; private set; }

    /// <summary>Kinds and dates as "key: value" lines.</summary>
    public string Facts { get; private set; }

    internal static ActRevision Of(Act act, string? note, UserId by, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        ActId = act.Id,
        Revision = act.RevisionCount,
        Note = note,
        ChangedBy = by,
        ChangedAt = now,
        Number = act.Number,
        Title = act.Title,
        Text = act.Text,
        Motives = act.Motives,
        ImpactAssessment = act.ImpactAssessment,
        Facts = act.FactLines(),
    };
}
