using Dialogues.Domain.Acts;
using Dialogues.Domain.Participants;
using Dialogues.Domain.ReferenceData;

namespace Dialogues.Tests.Domain.Acts;

/// <summary>Builds acts for domain tests: a draft ordinance with a consultation, changed one field at a time.</summary>
public sealed class ActBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 4, 1, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Start = new(2026, 4, 1);
    public static readonly DepartmentId Department = new(Guid.NewGuid());

    public static Actor Official() => new(new UserId(Guid.NewGuid()), "Служител", new HashSet<string> { Role.Official }, Department);

    public static Actor Resident() => new(new UserId(Guid.NewGuid()), "Жител", new HashSet<string> { Role.Resident }, null);

    public static ActDraft Draft(
        int consultationDays = 30,
        string? reason = null,
        DateOnly? adoptedOn = null,
        ActType type = ActType.Ordinance,
        bool consultation = true,
        string? motives = "Мотиви към проекта.",
        string text = "Чл. 1. Наредбата урежда реда за ползване на общинските паркинги.\n\nЧл. 2. Таксата се плаща на час.\n\nЧл. 3. Жителите на Врачеш ползват паркинга безплатно.") =>
        new("Наредба № 5", "Наредба за платеното паркиране", type, IssuingBody.MunicipalCouncil, [new PolicyAreaId(Guid.NewGuid())], Department,
            text, motives, "Оценка на въздействието.",
            consultation ? Start : null, consultation ? Start.AddDays(consultationDays - 1) : null, reason, adoptedOn, null, null, []);

    public static Act Published(ActDraft? draft = null, Actor? official = null)
    {
        official ??= Official();
        var act = Act.Create(official, draft ?? Draft(), Now);
        act.Publish(official, Now, despiteFindings: true);
        return act;
    }
}
