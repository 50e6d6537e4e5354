using Dialogues.Domain.News;
using Dialogues.Domain.Participants;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;
using static Dialogues.Tests.Domain.Participants.People;

namespace Dialogues.Tests.Domain.News;

/// <summary>Articles as tests need them: a draft to vary, one written for a department, one scheduled.</summary>
public static class ArticleBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    public static readonly DepartmentId Culture = new(Guid.NewGuid());
    public static readonly PolicyAreaId Education = new(Guid.NewGuid());
    public static readonly SettlementId Skravena = new(Guid.NewGuid());

    public static ArticleDraft Draft(string title = "Нова библиотека в Скравена", IReadOnlyCollection<PolicyAreaId>? areas = null, int documents = 0) => new(
        title,
        "Читалището в Скравена отваря обновената си библиотека за всички възрасти.",
        "Библиотеката е отворена всеки делничен ден от 9 до 18 часа. Записването е безплатно за деца и ученици.",
        areas ?? [Education, Education],
        [Skravena],
        null,
        Enumerable.Range(0, documents).Select(_ => new AttachmentId(Guid.NewGuid())).ToList());

    public static Actor CultureOfficial() => Official(Culture);

    public static Article ByCultureDepartment(Actor? official = null) => Article.Write(official ?? CultureOfficial(), ArticleVoice.Department, null, Draft(), Now);

    public static Article Scheduled(TimeSpan inFuture, Actor? official = null)
    {
        official ??= CultureOfficial();
        var article = ByCultureDepartment(official);
        article.Schedule(official, Now + inFuture, Now);
        return article;
    }
}
