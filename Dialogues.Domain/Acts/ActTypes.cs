using Dialogues.Domain.Shared;

namespace Dialogues.Domain.Acts;

public readonly record struct ActId(Guid Value) : IEntityId<ActId>
{
    public static ActId From(Guid value) => new(value);

    public static ActId New() => new(Guid.NewGuid());

    public override string ToString() => Value.ToString();
}

/// <summary>Kinds of municipal act. Stored by name.</summary>
public enum ActType
{
    CouncilDecision,
    Ordinance,
    OrdinanceAmendment,
    MayorOrder,
    Strategy,
    Plan,
}

public enum IssuingBody
{
    MunicipalCouncil,
    Mayor,
}

/// <summary>Where an act stands on a given day; derived from its dates, never stored.</summary>
public enum ActStatus
{
    Draft,
    UnderConsultation,
    ConsultationClosed,
    Adopted,
    InForce,
    Repealed,
}

public enum ActLinkKind
{
    Amends,
    Repeals,
    Implements,
}

/// <summary>This act amends, repeals or implements another.</summary>
public sealed record ActLink(ActLinkKind Kind, ActId Target);

public static class ActTypes
{
    /// <summary>Normative acts (ordinances and their amendments) fall under ЗНА чл. 26: public consultation first.</summary>
    public static bool IsNormative(this ActType type) => type is ActType.Ordinance or ActType.OrdinanceAmendment;
}

/// <summary>What an official fills in to create or change an act.</summary>
public sealed record ActDraft(
    string? Number,
    string? Title,
    ActType Type,
    IssuingBody IssuedBy,
    IReadOnlyCollection<ReferenceData.PolicyAreaId> PolicyAreas,
    ReferenceData.DepartmentId? Department,
    string? Text,
    string? Motives,
    string? ImpactAssessment,
    DateOnly? ConsultationStart,
    DateOnly? ConsultationEnd,
    string? ShortConsultationReason,
    DateOnly? AdoptedOn,
    DateOnly? InForceFrom,
    DateOnly? RepealedOn,
    IReadOnlyCollection<ActLink> Links);
