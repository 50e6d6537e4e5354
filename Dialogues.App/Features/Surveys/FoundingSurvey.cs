using Dialogues.App.Features.ReferenceData;
using Dialogues.Domain.Surveys;

namespace Dialogues.App.Features.Surveys;

/// <summary>
/// The template that repeats the survey the project began with: how ready and able residents, NGOs and businesses are
/// to take part online, and their problems and needs in the seven policy areas. The questions are the municipality's
/// content, in Bulgarian, like any survey staff write; staff adjust the draft before publishing it.
/// </summary>
public static class FoundingSurvey
{
    public const string Title = "Готовност за участие онлайн и нужди по сфери";

    public static readonly string[] Roles = ["Жител", "Представител на НПО", "Представител на бизнеса", "Служител в публичния сектор"];
    public static readonly string[] InternetUse = ["Всеки ден", "Няколко пъти седмично", "Рядко", "Никога"];
    public static readonly string[] Participation = ["Да, редовно", "Да, по теми, които ме засягат", "По-скоро не", "Не"];
    public static readonly string[] Barriers = ["Нямам време", "Не вярвам, че мнението ми ще бъде взето предвид", "Липсва ми информация", "Трудно ми е технически"];
    public static readonly string[] Forms = ["Онлайн обсъждания", "Гласуване по предложения", "Анкети", "Сигнали за проблеми", "Срещи на живо", "Подписки"];
    public static readonly string[] Ratings = ["Добро", "Задоволително", "Лошо", "Не мога да преценя"];

    public static SurveyDraft Draft(ReferenceSnapshot reference, DateTimeOffset opensAt, DateTimeOffset closesAt)
    {
        var areas = reference.ActivePolicyAreas.Select(a => a.NameBg).ToList();
        return new SurveyDraft(
            Title,
            "Анкетата повтаря проучването, с което започна проектът „Диалози за бъдещето на Ботевград“. Отговорите са анонимни в резултатите: "
            + "публикуват се само общи числа след края на анкетата, а групи под 5 души не се показват.",
            [
                new SurveySection("За вас", null,
                [
                    new("role", "В какво качество отговаряте?", QuestionType.SingleChoice, Required: true, Options: Roles),
                ]),
                new SurveySection("Достъп и умения", null,
                [
                    new("internet", "Колко често използвате интернет?", QuestionType.SingleChoice, Required: true, Options: InternetUse),
                    new("devices", "От какви устройства?", QuestionType.MultipleChoice, Options: ["Смартфон", "Компютър или лаптоп", "Таблет"],
                        ShowIf: new ShowIf("internet", InternetUse[..3])),
                    new("skills", "Как оценявате уменията си да попълвате формуляри онлайн?", QuestionType.Scale),
                ]),
                new SurveySection("Готовност за участие", null,
                [
                    new("participate", "Бихте ли участвали в онлайн обсъждания на решения на общината?", QuestionType.SingleChoice, Required: true, Options: Participation),
                    new("barriers", "Какво ви пречи да участвате?", QuestionType.MultipleChoice, Options: Barriers, AllowOther: true,
                        ShowIf: new ShowIf("participate", Participation[2..])),
                    new("forms", "Кои начини на участие предпочитате?", QuestionType.MultipleChoice, Options: Forms),
                    new("trust", "Доколко общината взема предвид мнението на хората?", QuestionType.Scale, Required: true),
                    new("hours", "Колко часа на месец бихте отделили за участие?", QuestionType.Number),
                ]),
                new SurveySection("Проблеми и нужди по сфери", null,
                [
                    new("areas", "Как оценявате положението във всяка сфера?", QuestionType.Matrix, Options: Ratings, Rows: areas),
                    new("priorities", "Подредете сферите по това колко спешно трябва да се работи в тях", QuestionType.Ranking, Options: areas),
                    new("ideas", "Какво трябва да се промени най-напред?", QuestionType.LongText),
                ]),
            ],
            opensAt,
            closesAt,
            SurveyAudience.Everyone);
    }
}
