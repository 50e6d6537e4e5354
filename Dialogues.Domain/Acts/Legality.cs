namespace Dialogues.Domain.Acts;

/// <summary>The rules of the legality watch. Stored by name, so never rename a member.</summary>
public enum LegalityRule
{
    /// <summary>ЗНА чл. 26, ал. 4: at least 30 days for proposals, unless exceptional reasons are stated.</summary>
    ConsultationShorterThan30Days,

    /// <summary>ЗНА чл. 26, ал. 4: even with stated reasons, never less than 14 days.</summary>
    ConsultationShorterThan14Days,

    /// <summary>ЗНА чл. 26, ал. 4–5: adopted while the period for proposals still ran (on its last day included).</summary>
    AdoptedBeforeConsultationEnded,

    /// <summary>ЗНА чл. 26, ал. 5: the summary of proposals must be published before adoption.</summary>
    AdoptedWithoutSummary,

    /// <summary>ЗНА чл. 26, ал. 2–4: a normative act adopted with no public consultation at all.</summary>
    AdoptedWithoutConsultation,

    /// <summary>ЗНА чл. 26, ал. 3 and чл. 28: a draft is published with its motives and impact assessment.</summary>
    DraftWithoutMotivesOrImpactAssessment,
}

/// <summary>A rule an act breaks, with the facts (dates, days) that break it.</summary>
public sealed record LegalityFinding(LegalityRule Rule, IReadOnlyList<object> Facts);

/// <summary>
/// The legality watch: explainable checks of an act's own dates against ЗНА чл. 26. Pure: the same act always
/// gives the same findings, so they are recomputed on every change and cannot be argued away, only explained.
/// </summary>
public static class LegalityRules
{
    public const int ConsultationDays = 30;
    public const int ExceptionalConsultationDays = 14;

    /// <summary>Days for proposals, both the first and the last counted.</summary>
    public static int ConsultationLength(DateOnly start, DateOnly end) => end.DayNumber - start.DayNumber + 1;

    /// <param name="asPublished">Check a draft as if it were published now (to warn before publishing it).</param>
    public static IReadOnlyList<LegalityFinding> Check(Act act, bool asPublished = false)
    {
        var findings = new List<LegalityFinding>();
        if (!act.Type.IsNormative() || (act.PublishedAt is null && !asPublished))
        {
            return findings;
        }
        if (act.ConsultationStart is { } start && act.ConsultationEnd is { } end)
        {
            var days = ConsultationLength(start, end);
            if (days < ExceptionalConsultationDays)
            {
                findings.Add(new(LegalityRule.ConsultationShorterThan14Days, [start, end, days]));
            }
            else if (days < ConsultationDays && string.IsNullOrWhiteSpace(act.ShortConsultationReason))
            {
                findings.Add(new(LegalityRule.ConsultationShorterThan30Days, [start, end, days]));
            }
            if (string.IsNullOrWhiteSpace(act.Motives) || string.IsNullOrWhiteSpace(act.ImpactAssessment))
            {
                findings.Add(new(LegalityRule.DraftWithoutMotivesOrImpactAssessment, [start]));
            }
            if (act.AdoptedOn is { } adopted)
            {
                if (adopted <= end)
                {
                    findings.Add(new(LegalityRule.AdoptedBeforeConsultationEnded, [adopted, end]));
                }
                if (act.SummaryPublishedOn is not { } summary || summary > adopted)
                {
                    findings.Add(new(LegalityRule.AdoptedWithoutSummary, act.SummaryPublishedOn is { } late ? [adopted, late] : [adopted]));
                }
            }
        }
        else if (act.AdoptedOn is { } adopted)
        {
            findings.Add(new(LegalityRule.AdoptedWithoutConsultation, [adopted]));
        }
        return findings;
    }
}

/// <summary>
/// A rule the act breaks, kept with the act while its facts hold. An official may explain it; only changed facts
/// (recorded in the revision history) make it go away.
/// </summary>
public sealed class LegalityFlag
{
    private LegalityFlag() { }

    public LegalityRule Rule { get; private set; }

    public DateTimeOffset RaisedAt { get; private set; }

    public string? Explanation { get; private set; }

    public Participants.UserId? ExplainedBy { get; private set; }

    public DateTimeOffset? ExplainedAt { get; private set; }

    internal static LegalityFlag Raise(LegalityRule rule, DateTimeOffset now) => new() { Rule = rule, RaisedAt = now };

    internal void Explain(string explanation, Participants.UserId official, DateTimeOffset now) =>
        (Explanation, ExplainedBy, ExplainedAt) = (explanation, official, now);
}
