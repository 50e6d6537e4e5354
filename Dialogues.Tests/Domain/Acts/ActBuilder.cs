using Dialogues.Domain.Acts;
using Dialogues.Domain.Participants;
using Dialogues.Domain.ReferenceData;
using static Dialogues.Tests.Domain.Participants.People;

namespace Dialogues.Tests.Domain.Acts;

/// <summary>Builds acts for domain tests: a draft ordinance with a consultation, changed one field at a time.</summary>
public sealed class ActBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 4, 1, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Start = new(2026, 4, 1);
    public static readonly DepartmentId Department = new(Guid.NewGuid());

    /// <summary>An official of the department that drafts acts.</summary>
    public static Actor Drafter() => Official(Department);

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
        official ??= Drafter();
        var act = Act.Create(official, draft ?? Draft(), Now);
        act.Publish(official, Now, despiteFindings: true);
        return act;
    }
}
