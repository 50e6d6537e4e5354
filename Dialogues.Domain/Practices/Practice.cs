using Dialogues.Domain.DialogueSpaces;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.Participants;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;

namespace Dialogues.Domain.Practices;

public readonly record struct PracticeId(Guid Value) : IEntityId<PracticeId>
{
    public static PracticeId From(Guid value) => new(value);

    public static PracticeId New() => new(Guid.NewGuid());

    public override string ToString() => Value.ToString();
}

/// <summary>How people took part, after Participedia's methods.</summary>
public enum ParticipationMethod
{
    ParticipatoryBudgeting,
    CitizensAssembly,
    OnlineConsultation,
    CrowdsourcedLegislation,
    OpenData,
    CoDesign,
    ProblemReporting,
    Petitions,
    Other,
}

/// <summary>What the proposer fills in: a case as Participedia describes one, and what it would take in Botevgrad.</summary>
public sealed record PracticeDraft(
    string? Title,
    string? Country,
    string? Town,
    int Year,
    PolicyAreaId Area,
    ParticipationMethod Method,
    string? Problem,
    string? WhatWasDone,
    string? Results,
    string? Lessons,
    string? ForBotevgrad,
    IReadOnlyList<string> Sources);

/// <summary>
/// A good practice of civic participation from elsewhere (добра практика): proposed by anyone taking part, published
/// by staff or a moderator after a look at its sources. Residents say "I want this here"; when enough do, the
/// department that would carry it out is told, once, and staff may open a dialogue from it.
/// </summary>
public sealed class Practice : AggregateRoot, IModeratable
{
    public const int TitleMin = 5, TitleMax = 200, PlaceMax = 100, SectionMin = 20, SectionMax = 5_000, SourceMax = 500;
    public const int MinSources = 1, MaxSources = 10, FirstYear = 1900, DeclineReasonMax = 1_000;

    /// <summary>How many "I want this here" tell the department.</summary>
    public const int WantThreshold = 25;

    private readonly List<string> _sources = [];

    private Practice() => (Title, Country, Town, Problem, WhatWasDone, Results, Lessons, ForBotevgrad) = ("", "", "", "", "", "", "", "");

    public PracticeId Id { get; private set; }

    public string Title { get; private set; }

    public string Country { get; private set; }

    public string Town { get; private set; }

    public int Year { get; private set; }

    public PolicyAreaId PolicyAreaId { get; private set; }

    public ParticipationMethod Method { get; private set; }

    public string Problem { get; private set; }

    public string WhatWasDone { get; private set; }

    /// <summary>What came of it, with numbers.</summary>
    public string Results { get; private set; }

    public string Lessons { get; private set; }

    /// <summary>What it would take to do it in Botevgrad.</summary>
    public string ForBotevgrad { get; private set; }

    /// <summary>Links to where the facts come from (http or https).</summary>
    public IReadOnlyList<string> Sources => _sources;

    public UserId ProposedBy { get; private set; }

    public DateTimeOffset ProposedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>The department that would carry it out here; told when enough residents want it.</summary>
    public DepartmentId? DepartmentId { get; private set; }

    public DateTimeOffset? DeclinedAt { get; private set; }

    public string? DeclineReason { get; private set; }

    public DateTimeOffset? HiddenAt { get; private set; }

    public int WantCount { get; private set; }

    /// <summary>When the want count reached <see cref="WantThreshold"/> and the department was told (once).</summary>
    public DateTimeOffset? ThresholdReachedAt { get; private set; }

    /// <summary>The dialogue staff opened from this practice.</summary>
    public DialogueId? DialogueId { get; private set; }

    public bool IsPublic => PublishedAt is not null && HiddenAt is null;

    UserId IModeratable.AuthorId => ProposedBy;

    string IModeratable.ModeratedText => $"{Title}\n{Problem}\n{WhatWasDone}\n{Results}\n{Lessons}\n{ForBotevgrad}\n{string.Join('\n', _sources)}";

    public static Practice Propose(Actor proposer, PracticeDraft draft, DateTimeOffset now, PracticeId? id = null)
    {
        var practice = new Practice { Id = id ?? PracticeId.New(), ProposedBy = proposer.Id, ProposedAt = now };
        practice.Apply(draft, now);
        practice.Raise(new PracticeProposed(practice.Id, proposer.Id));
        return practice;
    }

    /// <summary>Staff and moderators edit any entry; its proposer, only until it is published.</summary>
    public bool MayEdit(Actor? actor) => actor is { IsStaff: true } || (actor?.Id == ProposedBy && PublishedAt is null && DeclinedAt is null);

    public void Edit(Actor editor, PracticeDraft draft, DateTimeOffset now)
    {
        DomainException.ThrowIf(!MayEdit(editor), DomainErrors.Forbidden);
        Apply(draft, now);
        Raise(new PracticeEdited(Id, ByProposer: editor.Id == ProposedBy && !editor.IsStaff));
    }

    /// <summary>Staff or a moderator publish an entry whose sources they checked, naming the department that would carry it out.</summary>
    public void Publish(Actor publisher, DepartmentId? department, DateTimeOffset now)
    {
        DomainException.ThrowIf(!publisher.IsStaff, DomainErrors.Forbidden);
        DomainException.ThrowIf(PublishedAt is not null, DomainErrors.PracticeAlreadyPublished);
        (PublishedAt, DepartmentId, DeclinedAt, DeclineReason, UpdatedAt) = (now, department, null, null, now);
        Raise(new PracticePublished(Id, ProposedBy));
    }

    /// <summary>Turns a proposal down with a reason its proposer reads (a duplicate, no sources, not about participation).</summary>
    public void Decline(Actor reviewer, string? reason, DateTimeOffset now)
    {
        DomainException.ThrowIf(!reviewer.IsStaff, DomainErrors.Forbidden);
        DomainException.ThrowIf(PublishedAt is not null, DomainErrors.PracticeAlreadyPublished);
        DeclineReason = Text.Required(reason, 5, DeclineReasonMax, DomainErrors.PracticeDeclineReasonLength);
        (DeclinedAt, UpdatedAt) = (now, now);
        Raise(new PracticeDeclined(Id, ProposedBy));
    }

    /// <summary>One resident's "I want this here"; the one that reaches the threshold tells the department.</summary>
    public PracticeWant Want(Actor resident, bool alreadyWanted, DateTimeOffset now)
    {
        DomainException.ThrowIf(!IsPublic, DomainErrors.NotFound);
        DomainException.ThrowIf(alreadyWanted, DomainErrors.PracticeAlreadyWanted);
        WantCount++;
        if (ThresholdReachedAt is null && WantCount >= WantThreshold)
        {
            ThresholdReachedAt = now;
            Raise(new PracticeThresholdReached(Id, DepartmentId));
        }
        Raise(new PracticeWanted(Id, resident.Id));
        return new PracticeWant(Id, resident.Id, now);
    }

    public void Unwant(PracticeWant want)
    {
        DomainException.ThrowIf(want.PracticeId != Id, DomainErrors.NotFound);
        WantCount--;
        Raise(new PracticeWanted(Id, want.UserId));
    }

    /// <summary>Records the dialogue staff opened from this practice; only one.</summary>
    public void OpenedAs(Actor official, DialogueId dialogue)
    {
        DomainException.ThrowIf(!official.IsStaff, DomainErrors.Forbidden);
        DomainException.ThrowIf(!IsPublic, DomainErrors.NotFound);
        DomainException.ThrowIf(DialogueId is not null, DomainErrors.PracticeDialogueAlreadyOpened);
        DialogueId = dialogue;
        Raise(new PracticeEdited(Id, ByProposer: false));
    }

    public void Hide(DateTimeOffset now)
    {
        HiddenAt = now;
        Raise(new PracticeEdited(Id, ByProposer: false));
    }

    public void Restore()
    {
        HiddenAt = null;
        Raise(new PracticeEdited(Id, ByProposer: false));
    }

    public void Redact(string? fragment)
    {
        var redacted = Redaction.Apply(fragment, Title, Problem, WhatWasDone, Results, Lessons, ForBotevgrad);
        (Title, Problem, WhatWasDone, Results, Lessons, ForBotevgrad) = (redacted[0], redacted[1], redacted[2], redacted[3], redacted[4], redacted[5]);
        Raise(new PracticeEdited(Id, ByProposer: false));
    }

    private void Apply(PracticeDraft draft, DateTimeOffset now)
    {
        var sources = draft.Sources.Select(s => s?.Trim() ?? "").Where(s => s.Length > 0).Distinct().ToList();
        DomainException.ThrowIf(sources.Count is < MinSources or > MaxSources, DomainErrors.PracticeSourcesCount, MaxSources);
        DomainException.ThrowIf(sources.Any(s => s.Length > SourceMax || !WebAddress.IsValid(s)), DomainErrors.PracticeSourceNotAddress);
        DomainException.ThrowIf(draft.Year < FirstYear || draft.Year > now.Year, DomainErrors.PracticeYearRange, FirstYear, now.Year);
        Title = Text.Required(draft.Title, TitleMin, TitleMax, DomainErrors.PracticeTitleLength);
        Country = Text.Required(draft.Country, 2, PlaceMax, DomainErrors.PracticePlaceLength);
        Town = Text.Required(draft.Town, 2, PlaceMax, DomainErrors.PracticePlaceLength);
        Problem = Text.Required(draft.Problem, SectionMin, SectionMax, DomainErrors.PracticeSectionLength);
        WhatWasDone = Text.Required(draft.WhatWasDone, SectionMin, SectionMax, DomainErrors.PracticeSectionLength);
        Results = Text.Required(draft.Results, SectionMin, SectionMax, DomainErrors.PracticeSectionLength);
        Lessons = Text.Required(draft.Lessons, SectionMin, SectionMax, DomainErrors.PracticeSectionLength);
        ForBotevgrad = Text.Required(draft.ForBotevgrad, SectionMin, SectionMax, DomainErrors.PracticeSectionLength);
        (Year, PolicyAreaId, Method, UpdatedAt) = (draft.Year, draft.Area, draft.Method, now);
        _sources.Clear();
        _sources.AddRange(sources);
    }
}

/// <summary>One resident's "I want this here" for a practice; one per person.</summary>
public sealed class PracticeWant
{
    private PracticeWant()
    {
    }

    internal PracticeWant(PracticeId practiceId, UserId userId, DateTimeOffset wantedAt) => (PracticeId, UserId, WantedAt) = (practiceId, userId, wantedAt);

    public PracticeId PracticeId { get; private set; }

    public UserId UserId { get; private set; }

    public DateTimeOffset WantedAt { get; private set; }
}

public interface IPracticeEvent : IDomainEvent
{
    PracticeId PracticeId { get; }
}

public sealed record PracticeProposed(PracticeId PracticeId, UserId ProposedBy) : IPracticeEvent;

/// <summary><paramref name="ByProposer"/>: the proposer rewrote it, to be screened again.</summary>
public sealed record PracticeEdited(PracticeId PracticeId, bool ByProposer) : IPracticeEvent;

public sealed record PracticePublished(PracticeId PracticeId, UserId ProposedBy) : IPracticeEvent;

public sealed record PracticeDeclined(PracticeId PracticeId, UserId ProposedBy) : IPracticeEvent;

/// <summary>The count of wants changed: <paramref name="UserId"/> wanted it here, or took that back.</summary>
public sealed record PracticeWanted(PracticeId PracticeId, UserId UserId) : IPracticeEvent;

/// <summary>Enough residents want it here: the department (when one was named) hears of it.</summary>
public sealed record PracticeThresholdReached(PracticeId PracticeId, DepartmentId? DepartmentId) : IPracticeEvent;
