namespace Dialogues.Domain.Shared;

/// <summary>
/// Every kind of thing the platform stores a reference to by kind and id: what people write, follow and flag, what has
/// a deadline, and the moderation records notices point to. One name per kind, the same in follows, flags, moderation
/// cases, reminders, notifications and the audit log. Stored by name, so never rename a member (a data migration must
/// move the stored names first).
/// </summary>
public enum ItemKind
{
    Dialogue,
    Proposal,
    Comment,
    Recommendation,
    ProgressComment,
    ProblemReport,
    Act,
    ConsultationComment,
    MonitoredPolicy,
    MonitoringRound,
    MonitoringReport,
    Meeting,
    Campaign,
    Profile,
    PolicyArea,
    Settlement,
    ModerationDecision,
    Flag,
    Article,
    Practice,
}
