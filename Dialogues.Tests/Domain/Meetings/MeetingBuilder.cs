using Dialogues.Domain.Meetings;
using Dialogues.Domain.ReferenceData;
using static Dialogues.Tests.Domain.Participants.People;

namespace Dialogues.Tests.Domain.Meetings;

/// <summary>Meetings as tests need them: a draft to vary, a meeting scheduled by staff.</summary>
public static class MeetingBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Starts = Now.AddDays(7);

    public static MeetingDraft Draft(int? capacity = 2, DateTimeOffset? starts = null, DateTimeOffset? ends = null, string? link = null) => new(
        "Среща в Скравена за осветлението", "Обсъждаме уличното осветление и пътя до гарата.", new PolicyAreaId(Guid.NewGuid()), new SettlementId(Guid.NewGuid()),
        "Читалище „Светлина“", link, starts ?? Starts, ends ?? (starts ?? Starts).AddHours(2), capacity);

    public static Meeting Scheduled(int? capacity = 2) => Meeting.Schedule(Official(), Draft(capacity), Now);
}
