using Bunit;
using Dialogues.App.Features.News;
using Dialogues.App.Infrastructure.Localization;
using Dialogues.Domain.News;
using Dialogues.Domain.Participants;
using Dialogues.Tests.Features.News;
using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.Tests.Components;

/// <summary>The article editor offers each person only the voices they may use; the article page offers publishing only to its editors.</summary>
public class NewsComponentTests(AppHost host) : ComponentTest(host), IClassFixture<AppHost>
{
    [Theory]
    [InlineData(null, new[] { "От името на организация, която представлявам" })]
    [InlineData(Role.Official, new[] { "От името на Община Ботевград", "От името на моя отдел", "От името на организация, която представлявам" })]
    [InlineData(Role.Administrator, new[] { "От името на Община Ботевград", "От името на организация, която представлявам" })]
    public async Task TheEditor_OffersTheVoicesThePersonMayUse(string? role, string[] voices)
    {
        using var _ = CultureScope.Use("bg-BG");
        var cast = await NewsCast.CreateAsync(Host);
        var person = role is null ? cast.Resident : await Host.CreateUserAsync(roles: [role], department: role == Role.Official ? cast.Reference.Departments[1].Id : null);
        ActAs(person);

        var cut = Bunit.Render<ArticleEditorPage>();

        cut.WaitForAssertion(() => Assert.Equal(voices, cut.FindAll("input[name=article-voice]").Select(r => r.ParentElement!.TextContent.Trim())));
    }

    [Fact]
    public async Task TheEditor_WithoutAPolicyArea_SaysSo_AndStoresNothing()
    {
        using var _ = CultureScope.Use("bg-BG");
        var cast = await NewsCast.CreateAsync(Host);
        ActAs(cast.Official);
        var cut = Bunit.Render<ArticleEditorPage>();
        cut.WaitForElement("#article-title");

        cut.Find("#article-title").Change("Статия без област");
        cut.Find("#article-lead").Change("Резюме, което е достатъчно дълго, за да мине проверката.");
        cut.Find("#article-body").Change(NewsCast.Body);
        await cut.Find("form").SubmitAsync();

        cut.WaitForAssertion(() => Assert.Contains("поне една сфера", cut.Find("[role=alert]").TextContent));
        await using var db = Host.Db();
        Assert.False(await db.Articles.AnyAsync(a => a.WrittenBy == cast.Official.Id));
    }

    [Fact]
    public async Task TheArticlePage_OffersPublishingToItsEditors_AndNotToOtherReaders()
    {
        using var _ = CultureScope.Use("bg-BG");
        var cast = await NewsCast.CreateAsync(Host);
        var id = await cast.WriteAsync(Host, "Нова детска площадка в Краево", settlement: "Краево", publish: true);
        ActAs(cast.OtherDepartment);

        var cut = Bunit.Render<ArticlePage>(p => p.Add(a => a.Id, id.Value));

        cut.WaitForAssertion(() => Assert.Equal("Нова детска площадка в Краево", cut.Find("h1").TextContent));
        Assert.Empty(cut.FindAll("#publishing-title"));
        Assert.Equal(ArticleStatus.Published, (await NewsAsync(id)).Status);
    }

    [Fact]
    public async Task TheRatingPanel_ShowsTheMeanInTheCulture_AndTheReadersOwnStars()
    {
        using var _ = CultureScope.Use("bg-BG");
        var cast = await NewsCast.CreateAsync(Host);
        var id = await cast.WriteAsync(Host, "Статия с оценки", publish: true);
        await using (var scope = Host.As(cast.Resident))
        {
            await scope.Get<NewsService>().RateAsync(id, 3);
        }
        ActAs(cast.Resident);

        var cut = Bunit.Render<ArticleRatingPanel>(p => p.Add(r => r.ArticleId, id).Add(r => r.Summary, new ArticleRatingSummary(3.5, 2))
            .Add(r => r.Me, cast.Resident.Id).Add(r => r.Open, true));

        Assert.Equal("Средна оценка 3,5 от 5 (от 2 оценки)", cut.Find(".article-rating__summary").TextContent.Trim());
        cut.WaitForAssertion(() => Assert.Equal("3", cut.Find("input[type=radio][checked]").GetAttribute("value")));
        Assert.Contains("Оттегли оценката", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheRatingPanel_OffersAGuestTheLogIn_InsteadOfTheStars()
    {
        using var _ = CultureScope.Use("bg-BG");
        var cast = await NewsCast.CreateAsync(Host);
        var id = await cast.WriteAsync(Host, "Статия без оценки", publish: true);
        ActAs(null);

        var cut = Bunit.Render<ArticleRatingPanel>(p => p.Add(r => r.ArticleId, id).Add(r => r.Summary, new ArticleRatingSummary(0, 0)).Add(r => r.Open, true));

        Assert.Equal("Още никой не е оценил статията.", cut.Find(".article-rating__summary").TextContent.Trim());
        Assert.Empty(cut.FindAll("input[type=radio]"));
        Assert.Contains("account/login", cut.Find(".login-prompt a").GetAttribute("href"), StringComparison.Ordinal);
    }

    private async Task<Article> NewsAsync(ArticleId id)
    {
        await using var db = Host.Db();
        return await db.Articles.SingleAsync(a => a.Id == id);
    }
}
