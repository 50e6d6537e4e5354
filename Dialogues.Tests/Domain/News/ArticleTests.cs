using Dialogues.Domain.News;
using Dialogues.Domain.Shared;
using static Dialogues.Tests.Domain.News.ArticleBuilder;
using static Dialogues.Tests.Domain.Participants.People;

namespace Dialogues.Tests.Domain.News;

public class ArticleTests
{
    [Fact]
    public void Write_ForADepartment_SpeaksForTheOfficialsDepartment_AsADraft_WithAreasOnce()
    {
        var article = ByCultureDepartment();

        Assert.Equal(ArticleVoice.Department, article.Voice);
        Assert.Equal(Culture, article.DepartmentId);
        Assert.Equal(ArticleStatus.Draft, article.Status);
        Assert.False(article.IsPublic);
        Assert.Equal([Education], article.Areas);
        Assert.IsType<ArticleWritten>(Assert.Single(article.DomainEvents));
    }

    [Fact]
    public void Write_ForTheMunicipalityOrADepartment_ByAResident_IsForbidden()
    {
        Assert.Equal(DomainErrors.Forbidden, Assert.Throws<DomainException>(() => Article.Write(Resident(), ArticleVoice.Municipality, null, Draft(), Now)).Code);
        Assert.Equal(DomainErrors.Forbidden, Assert.Throws<DomainException>(() => Article.Write(Administrator(), ArticleVoice.Department, null, Draft(), Now)).Code);
        Assert.Equal(ArticleVoice.Municipality, Article.Write(Administrator(), ArticleVoice.Municipality, null, Draft(), Now).Voice);
    }

    [Fact]
    public void Write_ForAnOrganisation_NeedsItsName_AndIsOnlyItsWritersToChange()
    {
        var writer = Resident();

        Assert.Equal(DomainErrors.ArticleOrganisationLength, Assert.Throws<DomainException>(() => Article.Write(writer, ArticleVoice.Organisation, " ", Draft(), Now)).Code);
        var article = Article.Write(writer, ArticleVoice.Organisation, "Сдружение „Зелен Ботевград“", Draft(), Now);

        Assert.Equal("Сдружение „Зелен Ботевград“", article.Organisation);
        Assert.True(article.MayEdit(writer));
        Assert.False(article.MayEdit(Resident()));
        Assert.False(article.MayEdit(CultureOfficial()));
        Assert.True(Assert.IsType<ArticleWritten>(Assert.Single(article.DomainEvents)).ByOrganisation);
    }

    [Theory]
    [InlineData("title", DomainErrors.ArticleTitleLength)]
    [InlineData("lead", DomainErrors.ArticleLeadLength)]
    [InlineData("body", DomainErrors.ArticleBodyLength)]
    public void Write_WithTooShortText_IsRefused(string field, string expected)
    {
        var draft = field switch
        {
            "title" => Draft() with { Title = "Ок" },
            "lead" => Draft() with { Lead = "Кратко." },
            _ => Draft() with { Body = "Само едно изречение." },
        };

        Assert.Equal(expected, Assert.Throws<DomainException>(() => Article.Write(CultureOfficial(), ArticleVoice.Department, null, draft, Now)).Code);
    }

    [Fact]
    public void Write_WithoutAnArea_OrWithTooManyDocuments_IsRefused()
    {
        Assert.Equal(DomainErrors.ArticleAreaRequired, Assert.Throws<DomainException>(() => Article.Write(CultureOfficial(), ArticleVoice.Department, null, Draft(areas: []), Now)).Code);
        Assert.Equal(DomainErrors.ArticleTooManyDocuments, Assert.Throws<DomainException>(() => Article.Write(CultureOfficial(), ArticleVoice.Department, null, Draft(documents: Article.MaxDocuments + 1), Now)).Code);
    }

    [Fact]
    public void Edit_ByAnOfficialOfAnotherDepartment_IsForbidden_ByAColleague_IsAllowed()
    {
        var article = ByCultureDepartment();

        Assert.Equal(DomainErrors.Forbidden, Assert.Throws<DomainException>(() => article.Edit(Official(), Draft("Чуждо заглавие"), Now)).Code);
        article.Edit(CultureOfficial(), Draft("Обновено заглавие"), Now.AddMinutes(5));

        Assert.Equal("Обновено заглавие", article.Title);
        Assert.Equal(Now.AddMinutes(5), article.UpdatedAt);
    }

    [Fact]
    public void Scheduled_GoesPublicOnlyWhenItsMomentComes_AndAnnouncesItselfOnce()
    {
        var article = Scheduled(TimeSpan.FromHours(3));
        Assert.Equal(ArticleStatus.Scheduled, article.Status);

        Assert.False(article.Release(Now.AddHours(2)));
        Assert.False(article.IsPublic);
        Assert.True(article.Release(Now.AddHours(3)));
        Assert.False(article.Release(Now.AddHours(4)));

        Assert.Equal(ArticleStatus.Published, article.Status);
        Assert.True(article.IsPublic);
        Assert.Equal(Now.AddHours(3), article.PublishedAt);
        var published = Assert.Single(article.DomainEvents.OfType<ArticlePublished>());
        Assert.Equal([Education], published.Areas);
        Assert.Equal([Skravena], published.Settlements);
    }

    [Fact]
    public void Schedule_ForAMomentPassed_IsRefused_AndUnschedule_MakesItADraftAgain()
    {
        var official = CultureOfficial();
        var article = ByCultureDepartment(official);

        Assert.Equal(DomainErrors.ArticleScheduleInPast, Assert.Throws<DomainException>(() => article.Schedule(official, Now, Now)).Code);
        article.Schedule(official, Now.AddDays(1), Now);
        article.Unschedule(official, Now);

        Assert.Equal(ArticleStatus.Draft, article.Status);
        Assert.False(article.Release(Now.AddDays(2)));
    }

    [Fact]
    public void AHiddenScheduledArticle_WaitsUntilRestored()
    {
        var article = Scheduled(TimeSpan.FromHours(1));
        article.Hide(Now);

        Assert.False(article.Release(Now.AddHours(2)));
        article.Restore();
        Assert.True(article.Release(Now.AddHours(2)));
    }

    [Fact]
    public void PublishNow_Publishes_ASecondTime_IsRefused_ThenArchive_FreezesIt()
    {
        var official = CultureOfficial();
        var article = ByCultureDepartment(official);

        Assert.Equal(DomainErrors.ArticleNotPublished, Assert.Throws<DomainException>(() => article.Archive(official, Now)).Code);
        article.PublishNow(official, Now);
        Assert.Equal(DomainErrors.ArticleAlreadyPublished, Assert.Throws<DomainException>(() => article.PublishNow(official, Now)).Code);
        article.Archive(official, Now.AddDays(30));

        Assert.Equal(ArticleStatus.Archived, article.Status);
        Assert.True(article.IsPublic);
        Assert.Equal(DomainErrors.ArticleArchived, Assert.Throws<DomainException>(() => article.Edit(official, Draft(), Now.AddDays(31))).Code);
    }
}
