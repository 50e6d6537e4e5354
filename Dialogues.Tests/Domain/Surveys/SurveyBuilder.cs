using Dialogues.Domain.Participants;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Surveys;
using static Dialogues.Tests.Domain.Participants.People;

namespace Dialogues.Tests.Domain.Surveys;

/// <summary>A published survey with every kind of question, open for a week from <see cref="Now"/>.</summary>
public static class SurveyBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    public static readonly SettlementId Vrachesh = new(Guid.NewGuid());

    public static readonly SurveySection Readiness = new("Готовност за участие", null,
    [
        new("online", "Бихте ли участвали в обсъждания онлайн?", QuestionType.SingleChoice, Required: true, Options: ["Да", "Не"], AllowOther: true),
        new("why-not", "Какво ви пречи?", QuestionType.MultipleChoice, Options: ["Нямам интернет", "Нямам време", "Не вярвам, че има смисъл"], AllowOther: true,
            ShowIf: new ShowIf("online", ["Не"])),
        new("trust", "Доколко вярвате, че общината чува жителите?", QuestionType.Scale, Required: true),
        new("areas", "Оценете положението в сферите", QuestionType.Matrix, Options: ["Добро", "Средно", "Лошо"], Rows: ["Екология", "Транспорт"]),
        new("priorities", "Подредете приоритетите", QuestionType.Ranking, Options: ["Пътища", "Училища", "Паркове"]),
        new("hours", "Колко часа месечно бихте отделили?", QuestionType.Number),
        new("since", "От кога живеете тук?", QuestionType.Date),
        new("ideas", "Вашите идеи", QuestionType.LongText),
    ]);

    public static SurveyDraft Draft(SurveyAudience? audience = null) =>
        new("Готовност за участие онлайн", null, [Readiness], Now, Now.AddDays(7), audience ?? SurveyAudience.Everyone);

    public static Survey Published(SurveyAudience? audience = null, Actor? official = null)
    {
        official ??= Official();
        var survey = Survey.Create(official, Draft(audience), Now.AddDays(-1));
        survey.Publish(official, Now.AddDays(-1));
        return survey;
    }

    public static Answer[] Yes(int trust = 4) => [Answer.Of("online", "Да"), Answer.Of("trust", trust.ToString(System.Globalization.CultureInfo.InvariantCulture))];
}
