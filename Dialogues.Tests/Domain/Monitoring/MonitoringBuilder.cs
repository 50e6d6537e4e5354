using Dialogues.Domain.Monitoring;
using Dialogues.Domain.ReferenceData;
using static Dialogues.Tests.Domain.Participants.People;

namespace Dialogues.Tests.Domain.Monitoring;

/// <summary>A monitored policy and a round of evaluation, as an administrator defines them.</summary>
public static class MonitoringBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 5, 4, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Opens = new(2026, 5, 1);
    public static readonly DepartmentId Social = new(Guid.NewGuid());

    public static MonitoredPolicy Policy() =>
        MonitoredPolicy.Define(Administrator(), "Достъпен транспорт за селата", "Описание.", new PolicyAreaId(Guid.NewGuid()), Social, ["По-чести автобуси"], Now);

    public static MonitoringRound Round(MonitoredPolicy policy) => MonitoringRound.Schedule(Administrator(), policy, "Пролет 2026", Opens, Opens.AddDays(13));

    public static readonly Scores Good = new(4, 3, 5, 2);
}
