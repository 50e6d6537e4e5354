using System.Net;
using Dialogues.App.Features.Notifications;
using Dialogues.App.Features.News;
using Dialogues.App.Infrastructure.Files;
using Dialogues.App.Infrastructure.Jobs;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.News;
using Dialogues.Domain.Notifications;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Dialogues.Tests.Features.Moderation;
using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dialogues.Tests.Features.News;

/// <summary>Who may write, see and change articles, what the lists show, and who hears of them, on the server with the real database.</summary>
public class NewsRulesTests(AppHost host) : IClassFixture<AppHost>
{
    [Fact]
    public async Task ADraft_IsSeenOnlyByThoseWhoMayEditIt_AndPublishingPutsItInTheList()
    {
        var cast = await NewsCast.CreateAsync(host);
        var id = await cast.WriteAsync(host, "Спиране на водата в Скравена (чернова)");

        foreach (var reader in new[] { null, cast.Resident, cast.OtherDepartment })
        {
            await using var scope = host.As(reader);
            Assert.Null(await scope.Get<NewsService>().FindAsync(id));
            Assert.DoesNotContain((await scope.Get<NewsService>().ListAsync(new NewsFilter(), 0, 100)).Items, a => a.Id == id);
        }
        var colleague = await host.CreateUserAsync(roles: [Role.Official], department: cast.Reference.Departments[1].Id);
        await using (var scope = host.As(colleague))
        {
            Assert.True((await scope.Get<NewsService>().FindAsync(id))!.CanEdit);
            Assert.Contains((await scope.Get<NewsService>().DeskAsync(0, 100)).Items, a => a.Id == id);
        }
        await using (var other = host.As(cast.OtherDepartment))
        {
            Assert.DoesNotContain((await other.Get<NewsService>().DeskAsync(0, 100)).Items, a => a.Id == id);
            var refused = await Assert.ThrowsAsync<DomainException>(() => other.Get<NewsService>().PublishNowAsync(id));
            Assert.Equal(DomainErrors.Forbidden, refused.Code);
        }

        await using (var scope = host.As(cast.Official))
        {
            await scope.Get<NewsService>().PublishNowAsync(id);
        }

        await using var guest = host.As(null);
        var details = await guest.Get<NewsService>().FindAsync(id);
        Assert.Equal((ArticleStatus.Published, false, null), (details!.Article.Status, details.CanEdit, details.WriterName));
        Assert.Contains((await guest.Get<NewsService>().ListAsync(new NewsFilter(), 0, 100)).Items, a => a.Id == id);
    }

    [Fact]
    public async Task ALiveUpdate_LoadsTheArticleOnceForAllWatchers_AndStillAppliesEachReadersRights()
    {
        var cast = await NewsCast.CreateAsync(host);
        var id = await cast.WriteAsync(host, "Чернова, която се обновява на живо");
        ArticleView? shared;
        ArticleDetails? editor;
        await using (var scope = host.As(cast.Official))
        {
            shared = await scope.Get<NewsService>().ViewAsync(id);
            editor = await scope.Get<NewsService>().FindAsync(id);
            Assert.True((await scope.Get<NewsService>().RefreshAsync(editor, shared))!.CanEdit);
        }

        // The same shared load, refreshed for a guest and a resident, shows them nothing of a draft.
        foreach (var reader in new[] { null, cast.Resident })
        {
            await using var scope = host.As(reader);
            Assert.Null(await scope.Get<NewsService>().RefreshAsync(null, shared));
        }
    }

    [Fact]
    public async Task AResident_MayNotSpeakForTheMunicipality_AndBadInputChangesNothing()
    {
        var cast = await NewsCast.CreateAsync(host);
        await using var scope = host.As(cast.Resident);
        var news = scope.Get<NewsService>();

        var asMunicipality = await Assert.ThrowsAsync<DomainException>(() => news.WriteAsync(ArticleVoice.Municipality, null, cast.Draft("Общината обявява нещо")));
        var noOrganisation = await Assert.ThrowsAsync<DomainException>(() => news.WriteAsync(ArticleVoice.Organisation, null, cast.Draft("Сдружение без име")));
        // Only a member speaks for an organisation: someone else's is refused.
        var notTheirs = await Assert.ThrowsAsync<DomainException>(async () =>
            await news.WriteAsync(ArticleVoice.Organisation, await NewsCast.OrganisationOfAsync(host, cast.Official), cast.Draft("От чуждо име")));
        var shortBody = await Assert.ThrowsAsync<DomainException>(async () => await news.WriteAsync(ArticleVoice.Organisation,
            await NewsCast.OrganisationOfAsync(host, cast.Resident), cast.Draft("Прекалено кратък текст") with { Body = "Кратко." }));

        Assert.Equal([DomainErrors.Forbidden, DomainErrors.OrganisationNotChosen, DomainErrors.OrganisationNotYours, DomainErrors.ArticleBodyLength],
            [asMunicipality.Code, noOrganisation.Code, notTheirs.Code, shortBody.Code]);
        await using var db = host.Db();
        Assert.False(await db.Articles.AnyAsync(a => a.WrittenBy == cast.Resident.Id));
    }

    [Fact]
    public async Task AnOrganisationsArticle_NamesTheOrganisationAndItsWriter_AnInstitutionsNamesNoOfficial()
    {
        var cast = await NewsCast.CreateAsync(host);
        var ngo = await cast.WriteAsync(host, "Почистихме коритото на реката", cast.Resident, ArticleVoice.Organisation, publish: true);
        var municipal = await cast.WriteAsync(host, "Нов график на сметосъбирането", voice: ArticleVoice.Municipality, publish: true);

        await using var guest = host.As(null);
        var news = guest.Get<NewsService>();
        var organisation = (await news.FindAsync(ngo))!;
        Assert.Equal(("Сдружение „Чиста Скравена“", cast.Resident.DisplayName), (organisation.Article.Organisation, organisation.WriterName));
        Assert.Null((await news.FindAsync(municipal))!.WriterName);
        var byOrganisations = (await news.ListAsync(new NewsFilter(Voice: ArticleVoice.Organisation), 0, 100)).Items;
        Assert.Contains(byOrganisations, a => a.Id == ngo);
        Assert.DoesNotContain(byOrganisations, a => a.Id == municipal);
    }

    [Fact]
    public async Task Filters_FindArticlesByAreaAndSettlement_AndTheArchiveKeepsArchivedOnes()
    {
        var cast = await NewsCast.CreateAsync(host);
        var village = await cast.WriteAsync(host, "Ремонт на читалището в Литаково", settlement: "Литаково", area: 3, publish: true);
        var town = await cast.WriteAsync(host, "Нови пейки в градския парк", settlement: "Ботевград", area: 1, publish: true);
        var old = await cast.WriteAsync(host, "Стара новина за Литаково", settlement: "Литаково", area: 3, publish: true);
        await using (var scope = host.As(cast.Official))
        {
            await scope.Get<NewsService>().ArchiveAsync(old);
            var frozen = await Assert.ThrowsAsync<DomainException>(() => scope.Get<NewsService>().EditAsync(old, cast.Draft("Опит за промяна в архива")));
            Assert.Equal(DomainErrors.ArticleArchived, frozen.Code);
        }

        await using var guest = host.As(null);
        var news = guest.Get<NewsService>();
        var inLitakovo = (await news.ListAsync(new NewsFilter(Settlement: cast.Reference.SettlementNamed("Литаково")), 0, 100)).Items.Select(a => a.Id).ToList();
        var inCulture = (await news.ListAsync(new NewsFilter(Area: cast.Reference.PolicyAreas[3].Id), 0, 100)).Items.Select(a => a.Id).ToList();
        var archive = (await news.ListAsync(new NewsFilter(NewsShelf.Archive), 0, 100)).Items.Select(a => a.Id).ToList();
        Assert.Contains(village, inLitakovo);
        Assert.DoesNotContain(town, inLitakovo);
        Assert.DoesNotContain(old, inLitakovo);
        Assert.Contains(village, inCulture);
        Assert.DoesNotContain(town, inCulture);
        Assert.Equal((true, false), (archive.Contains(old), archive.Contains(village)));
        Assert.Equal(ArticleStatus.Archived, (await news.FindAsync(old))!.Article.Status);
    }

    [Fact]
    public async Task Publishing_TellsFollowersOfItsSettlementsAndAreas_OnceEach_ButNotTheWriter()
    {
        var cast = await NewsCast.CreateAsync(host);
        var villager = await host.CreateUserAsync();
        var areaFollower = await host.CreateUserAsync();
        var stranger = await host.CreateUserAsync();
        await using (var db = host.Db())
        {
            var now = host.Clock.GetUtcNow();
            db.Follows.AddRange(
                Follow.Start(villager.Id, new FollowTarget(ItemKind.Settlement, cast.Reference.SettlementNamed("Трудовец").Value), now),
                Follow.Start(villager.Id, new FollowTarget(ItemKind.PolicyArea, cast.Reference.PolicyAreas[5].Id.Value), now),
                Follow.Start(areaFollower.Id, new FollowTarget(ItemKind.PolicyArea, cast.Reference.PolicyAreas[5].Id.Value), now),
                Follow.Start(cast.Official.Id, new FollowTarget(ItemKind.Settlement, cast.Reference.SettlementNamed("Трудовец").Value), now));
            await db.SaveChangesAsync();
        }

        var id = await cast.WriteAsync(host, "Турнир по футбол в Трудовец", settlement: "Трудовец", area: 5);
        await using (var check = host.Db())
        {
            Assert.False(await check.Notifications.AnyAsync(n => n.SubjectId == id.Value), "a draft is announced to nobody");
        }
        await using (var scope = host.As(cast.Official))
        {
            await scope.Get<NewsService>().PublishNowAsync(id);
        }

        await using var after = host.Db();
        var notices = await after.Notifications.Where(n => n.SubjectId == id.Value).ToListAsync();
        Assert.Equal(2, notices.Count);
        Assert.Equal(new HashSet<UserId> { villager.Id, areaFollower.Id }, notices.Select(n => n.UserId).ToHashSet());
        Assert.All(notices, n => Assert.Equal(("Article.Published", "Турнир по футбол в Трудовец", $"news/{id.Value}"), (n.Template, n.Arguments[0], n.Link)));
        Assert.DoesNotContain(notices, n => n.UserId == stranger.Id);
    }

    [Fact]
    public async Task AnotherPersonsFile_CannotBeAttachedByItsId_AndADraftsFilesAreNotServedToThepublic()
    {
        var cast = await NewsCast.CreateAsync(host);
        var someone = await host.CreateUserAsync();
        AttachmentId theirs;
        await using (var scope = host.As(someone))
        {
            theirs = await scope.Get<NewsService>().UploadAsync(await scope.Get<Attachments>().ReadAsync(AttachmentKind.Image, "snimka.jpg", new MemoryStream(await TestImages.JpegAsync())));
        }
        await using (var scope = host.As(cast.Official))
        {
            var news = scope.Get<NewsService>();
            var refused = await Assert.ThrowsAsync<DomainException>(() => news.WriteAsync(ArticleVoice.Department, null, cast.Draft("Чужда снимка") with { Cover = theirs }));
            Assert.Equal(DomainErrors.NotFound, refused.Code);
            var document = await scope.Get<Attachments>().ReadAsync(AttachmentKind.Image, "karta.jpg", new MemoryStream(await TestImages.JpegAsync()));
            var cover = await news.UploadAsync(document);
            var id = await news.WriteAsync(ArticleVoice.Department, null, cast.Draft("Карта на ремонта") with { Cover = cover });

            using var http = new HttpClient();
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(host.Url($"files/{cover.Value}"))).StatusCode);
            await news.PublishNowAsync(id);
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(host.Url($"files/{cover.Value}"))).StatusCode);
        }
        await using var db = host.Db();
        Assert.False(await db.Articles.AnyAsync(a => a.Title == "Чужда снимка"));
    }

    [Fact]
    public async Task AHiddenArticle_LeavesTheListAndItsPage_ButItsWriterStillSeesIt()
    {
        var cast = await NewsCast.CreateAsync(host);
        var moderator = await host.CreateUserAsync(roles: [Role.Moderator]);
        var id = await cast.WriteAsync(host, "Реклама на казино под формата на новина", cast.Resident, ArticleVoice.Organisation, publish: true);

        await ModerationCast.FlagAsync(host, moderator, new ContentKey(ItemKind.Article, id.Value), FlagReason.Spam);

        await using (var guest = host.As(null))
        {
            Assert.Null(await guest.Get<NewsService>().FindAsync(id));
            Assert.DoesNotContain((await guest.Get<NewsService>().ListAsync(new NewsFilter(), 0, 100)).Items, a => a.Id == id);
        }
        await using var own = host.As(cast.Resident);
        Assert.NotNull((await own.Get<NewsService>().FindAsync(id))!.Article.HiddenAt);
    }

    [Fact]
    public async Task AnOrganisationsArticle_WithAWatchWord_IsQueued_TheMunicipalitysIsNot()
    {
        var cast = await NewsCast.CreateAsync(host);
        var ngo = await cast.WriteAsync(host, "Вечер с casino бонуси в читалището", cast.Resident, ArticleVoice.Organisation);
        var municipal = await cast.WriteAsync(host, "Община Ботевград забранява casino реклами", voice: ArticleVoice.Municipality);

        await using var db = host.Db();
        Assert.Contains(await db.Flags.AsNoTracking().Where(f => f.ItemId == ngo.Value).ToListAsync(), f => f.Automatic && f.Text == "casino");
        Assert.False(await db.Flags.AnyAsync(f => f.ItemId == municipal.Value));
    }

    [Fact]
    public async Task AScheduledArticle_IsReleasedByTheJobWhenItsMomentComes_AndAnnouncedOnce()
    {
        await using var own = await AppHost.OwnAsync();
        var cast = await NewsCast.CreateAsync(own);
        var follower = await own.CreateUserAsync();
        await using (var db = own.Db())
        {
            db.Follows.Add(Follow.Start(follower.Id, new FollowTarget(ItemKind.Settlement, cast.Reference.SettlementNamed("Гурково").Value), own.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
        }
        var id = await cast.WriteAsync(own, "Коледен концерт в читалището в Гурково", settlement: "Гурково");
        await using (var scope = own.As(cast.Official))
        {
            var past = await Assert.ThrowsAsync<DomainException>(() => scope.Get<NewsService>().ScheduleAsync(id, own.Clock.GetUtcNow().AddMinutes(-5)));
            Assert.Equal(DomainErrors.ArticleScheduleInPast, past.Code);
            await scope.Get<NewsService>().ScheduleAsync(id, own.Clock.GetUtcNow().AddHours(2));
        }

        await RunReleaseAsync(own);
        await using (var guest = own.As(null))
        {
            Assert.Null(await guest.Get<NewsService>().FindAsync(id));
        }
        own.Clock.Advance(TimeSpan.FromHours(3));
        await Task.WhenAll(Task.Run(() => RunReleaseAsync(own)), Task.Run(() => RunReleaseAsync(own)));
        await RunReleaseAsync(own);

        await using var check = own.Db();
        var article = await check.Articles.SingleAsync(a => a.Id == id);
        Assert.Equal((ArticleStatus.Published, own.Clock.GetUtcNow()), (article.Status, article.PublishedAt));
        Assert.Equal(1, await check.Notifications.CountAsync(n => n.UserId == follower.Id && n.SubjectId == id.Value));
    }

    private static async Task RunReleaseAsync(AppHost app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<JobScheduler>().RunNowAsync("news-release");
    }
}
