using Dialogues.App.Features.DialogueSpaces;
using Dialogues.App.Features.News;
using Dialogues.App.Features.Notifications;
using Dialogues.App.Infrastructure.Items;
using Dialogues.Domain.DialogueSpaces;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.News;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Dialogues.Tests.Features.DialogueSpaces;
using Dialogues.Tests.Features.Moderation;
using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dialogues.Tests.Features.News;

/// <summary>Comments under articles (the dialogues' machinery, the stance optional) and readers' ratings, on the real database.</summary>
public class ArticleDiscussionTests(AppHost host) : IClassFixture<AppHost>
{
    [Fact]
    public async Task APublishedArticle_TakesCommentsWithOrWithoutAStance_AndARepliedToAuthorHearsOfTheReply()
    {
        var cast = await NewsCast.CreateAsync(host);
        var id = await cast.WriteAsync(host, "Нов график на автобусите до селата", publish: true);
        var place = DiscussionPlace.Of(id);
        var first = await host.CreateUserAsync("Първи Читател");
        var second = await host.CreateUserAsync("Втори Читател");

        CommentId comment;
        await using (var scope = host.As(first))
        {
            comment = await scope.Get<DiscussionService>().PostAsync(place, null, "Добре е, но сутрешният курс е твърде рано.");
        }
        await using (var scope = host.As(second))
        {
            await scope.Get<DiscussionService>().ReplyAsync(comment, Stance.For, "Съгласен съм, поне половин час по-късно.");
        }

        await using var guest = host.As(null);
        var thread = Assert.Single((await guest.Get<DiscussionService>().ThreadsAsync(place, CommentSort.Newest, false, 0, 10)).Threads);
        Assert.Equal((null, "Първи Читател"), (thread.Root.Stance, thread.Root.AuthorName));
        Assert.Equal(Stance.For, Assert.Single(thread.Replies).Stance);
        Assert.Equal(2, await guest.Get<DiscussionService>().CommentCountAsync(place));
        Assert.Equal(2, Assert.Single((await guest.Get<NewsService>().ListAsync(new NewsFilter(), 0, 100)).Items, r => r.Id == id).Comments);
        await using var db = host.Db();
        var reply = await db.Notifications.AsNoTracking().SingleAsync(n => n.UserId == first.Id && n.Template == "Comment.Reply");
        Assert.StartsWith($"news/{id.Value}?comment=", reply.Link, StringComparison.Ordinal);
        Assert.Equal("Втори Читател|Нов график на автобусите до селата", string.Join("|", reply.Arguments));
        // Commenting made the first reader follow the article: the second's reply reached them once, as a reply.
        Assert.Single(await db.Notifications.AsNoTracking().Where(n => n.UserId == first.Id && n.SubjectId == reply.SubjectId).ToListAsync());
    }

    [Fact]
    public async Task ADraft_HasNoDiscussion_AnArchivedOneIsClosed_AndAGuestMayNotComment()
    {
        var cast = await NewsCast.CreateAsync(host);
        var draft = await cast.WriteAsync(host, "Чернова без обсъждане");
        var archived = await cast.WriteAsync(host, "Стара новина за ремонта", publish: true);
        await using (var scope = host.As(cast.Official))
        {
            await scope.Get<NewsService>().ArchiveAsync(archived);
        }
        var reader = await host.CreateUserAsync();

        await using (var scope = host.As(reader))
        {
            var discussion = scope.Get<DiscussionService>();
            Assert.Equal(DomainErrors.NotFound, (await Assert.ThrowsAsync<DomainException>(() => discussion.PostAsync(DiscussionPlace.Of(draft), null, "Коментар към чернова"))).Code);
            Assert.Equal(DomainErrors.NotFound, (await Assert.ThrowsAsync<DomainException>(() => discussion.ThreadsAsync(DiscussionPlace.Of(draft), CommentSort.Newest, false, 0, 10))).Code);
            Assert.Equal(DomainErrors.CommentsClosed, (await Assert.ThrowsAsync<DomainException>(() => discussion.PostAsync(DiscussionPlace.Of(archived), null, "Късен коментар"))).Code);
        }
        await using (var guest = host.As(null))
        {
            await Assert.ThrowsAsync<DomainException>(() => guest.Get<DiscussionService>().PostAsync(DiscussionPlace.Of(archived), null, "Гост"));
        }
        await using var db = host.Db();
        Assert.False(await db.Comments.AnyAsync(c => c.ArticleId == draft || c.ArticleId == archived));
    }

    [Fact]
    public async Task AHiddenArticlesComments_AreNotReadByOthers_AndACommentFromAnotherDiscussionIsNotPulledIn()
    {
        var cast = await NewsCast.CreateAsync(host);
        var id = await cast.WriteAsync(host, "Статия, която модератор ще скрие", cast.Resident, ArticleVoice.Organisation, publish: true);
        var reader = await host.CreateUserAsync();
        CommentId underArticle;
        await using (var scope = host.As(reader))
        {
            underArticle = await scope.Get<DiscussionService>().PostAsync(DiscussionPlace.Of(id), null, "Коментар под скритата статия.");
        }
        var dialogue = await DialogueSpacesCast.OpenAsync(host, cast.Official, "Диалог до скрита статия");

        await using (var guest = host.As(null))
        {
            // A comment id from the article, sent with the dialogue's page, stays out of the dialogue.
            Assert.Null(await guest.Get<DiscussionService>().ThreadOfAsync(DiscussionPlace.Of(dialogue), underArticle));
            Assert.Null(await guest.Get<DiscussionService>().ThreadAsync(DiscussionPlace.Of(dialogue), underArticle));
        }
        await ModerationCast.FlagAsync(host, await host.CreateUserAsync(roles: [Role.Moderator]), new ContentKey(ItemKind.Article, id.Value), FlagReason.Spam);

        await using (var guest = host.As(null))
        {
            Assert.Equal(DomainErrors.NotFound, (await Assert.ThrowsAsync<DomainException>(
                () => guest.Get<DiscussionService>().ThreadsAsync(DiscussionPlace.Of(id), CommentSort.Newest, false, 0, 10))).Code);
        }
        await using var writer = host.As(cast.Resident);
        Assert.Single((await writer.Get<DiscussionService>().ThreadsAsync(DiscussionPlace.Of(id), CommentSort.Newest, false, 0, 10)).Threads);
    }

    [Fact]
    public async Task AnArticlesComment_ReachesModerationWithTheArticlesTitleAndLink()
    {
        var cast = await NewsCast.CreateAsync(host);
        var id = await cast.WriteAsync(host, "Новина с коментар за модериране", publish: true);
        CommentId comment;
        await using (var scope = host.As(await host.CreateUserAsync()))
        {
            comment = await scope.Get<DiscussionService>().PostAsync(DiscussionPlace.Of(id), Stance.Against, "Коментар, който ще бъде докладван.");
        }

        await using var db = host.Db();
        var kind = host.Services.GetServices<IItemKind>().Single(k => k.Kind == ItemKind.Comment);
        var card = Assert.Single(await kind.CardsAsync(db, [comment.Value], CancellationToken.None));
        Assert.Equal(("Новина с коментар за модериране", $"news/{id.Value}?comment={comment.Value}#comment-{comment.Value}"), (card.Title, card.Link));
    }

    [Fact]
    public async Task Ratings_AreOnePerReader_ChangedOrTakenBack_TheWriterDoesNotRate_AndBadInputChangesNothing()
    {
        var cast = await NewsCast.CreateAsync(host);
        var id = await cast.WriteAsync(host, "Статия за оценяване", cast.Resident, ArticleVoice.Organisation, publish: true);
        var (first, second) = (await host.CreateUserAsync(), await host.CreateUserAsync());

        await using (var scope = host.As(first))
        {
            await scope.Get<NewsService>().RateAsync(id, 4);
            await scope.Get<NewsService>().RateAsync(id, 2);
            Assert.Equal(2, await scope.Get<NewsService>().MyRatingAsync(id));
            foreach (var stars in new[] { 0, 6 })
            {
                Assert.Equal(DomainErrors.ArticleRatingStars, (await Assert.ThrowsAsync<DomainException>(() => scope.Get<NewsService>().RateAsync(id, stars))).Code);
            }
        }
        await using (var scope = host.As(second))
        {
            await scope.Get<NewsService>().RateAsync(id, 5);
        }
        await using (var scope = host.As(cast.Resident))
        {
            Assert.Equal(DomainErrors.ArticleOwnRating, (await Assert.ThrowsAsync<DomainException>(() => scope.Get<NewsService>().RateAsync(id, 5))).Code);
        }
        await using (var guest = host.As(null))
        {
            await Assert.ThrowsAsync<DomainException>(() => guest.Get<NewsService>().RateAsync(id, 5));
            Assert.Equal(new ArticleRatingSummary(3.5, 2), (await guest.Get<NewsService>().FindAsync(id))!.Rating);
        }

        await using (var scope = host.As(first))
        {
            await scope.Get<NewsService>().RateAsync(id, null);
            Assert.Null(await scope.Get<NewsService>().MyRatingAsync(id));
        }
        await using (var scope = host.As(cast.Official))
        {
            await scope.Get<NewsService>().ArchiveAsync(await cast.WriteAsync(host, "Архивирана статия за оценяване", publish: true));
        }
        await using var db = host.Db();
        Assert.Equal([5], await db.ArticleRatings.Where(r => r.ArticleId == id).Select(r => r.Stars).ToListAsync());
        var archived = await db.Articles.SingleAsync(a => a.Title == "Архивирана статия за оценяване");
        await using var late = host.As(second);
        Assert.Equal(DomainErrors.ArticleRatingClosed, (await Assert.ThrowsAsync<DomainException>(() => late.Get<NewsService>().RateAsync(archived.Id, 3))).Code);
    }

    [Fact]
    public async Task AMemberCommentsForTheirOrganisation_TheCommentAndTheOrganisationsPageShowIt_ANonMemberMayNot()
    {
        var cast = await NewsCast.CreateAsync(host);
        var id = await cast.WriteAsync(host, "Нова градинка в квартал Васил Левски", publish: true);
        var hidden = await cast.WriteAsync(host, "Статия, която ще бъде скрита", cast.Resident, ArticleVoice.Organisation, publish: true);
        var organisation = await NewsCast.OrganisationOfAsync(host, cast.Resident);
        var stranger = await host.CreateUserAsync("Непознат Човек");

        await using (var scope = host.As(cast.Resident))
        {
            await scope.Get<DiscussionService>().PostAsync(DiscussionPlace.Of(id), Stance.For, "Ще помогнем с озеленяването.", organisation);
            await scope.Get<DiscussionService>().PostAsync(DiscussionPlace.Of(hidden), null, "Коментар под статия, която ще бъде скрита.", organisation);
        }
        await using (var scope = host.As(stranger))
        {
            var refused = await Assert.ThrowsAsync<DomainException>(() => scope.Get<DiscussionService>().PostAsync(DiscussionPlace.Of(id), null, "Пиша от чуждо име.", organisation));
            Assert.Equal(DomainErrors.OrganisationNotYours, refused.Code);
        }
        await ModerationCast.FlagAsync(host, await host.CreateUserAsync(roles: [Role.Moderator]), new ContentKey(ItemKind.Article, hidden.Value), FlagReason.Spam);

        await using var guest = host.As(null);
        var thread = Assert.Single((await guest.Get<DiscussionService>().ThreadsAsync(DiscussionPlace.Of(id), CommentSort.Newest, false, 0, 10)).Threads);
        Assert.Equal((organisation, "Сдружение „Чиста Скравена“", "Жител Сдружение"), (thread.Root.OrganisationId, thread.Root.OrganisationName, thread.Root.AuthorName));
        var listed = Assert.Single(await guest.Get<DiscussionService>().ByOrganisationAsync(organisation, 10));
        Assert.Equal(("Нова градинка в квартал Васил Левски", "Ще помогнем с озеленяването.", "Жител Сдружение"), (listed.PlaceTitle, listed.Excerpt, listed.AuthorName));
        Assert.StartsWith($"news/{id.Value}?comment=", listed.Link, StringComparison.Ordinal);
        await using var db = host.Db();
        Assert.False(await db.Comments.AnyAsync(c => c.AuthorId == stranger.Id));
    }

    [Fact]
    public async Task ALiveChange_IsLoadedOnceForEveryone_AndEachWatcherKeepsTheirOwnVotes()
    {
        var cast = await NewsCast.CreateAsync(host);
        var id = await cast.WriteAsync(host, "Статия за живите промени", publish: true);
        var place = DiscussionPlace.Of(id);
        var (author, voter) = (await host.CreateUserAsync(), await host.CreateUserAsync());
        CommentId comment;
        await using (var scope = host.As(author))
        {
            comment = await scope.Get<DiscussionService>().PostAsync(place, null, "Коментар, за който ще се гласува.");
        }
        await using var mine = host.As(voter);
        await mine.Get<DiscussionService>().VoteAsync(comment, 1);
        var before = (await mine.Get<DiscussionService>().ThreadAsync(place, comment))!;

        var change = await mine.Get<DiscussionService>().AfterEventAsync(place, comment);

        Assert.Equal((0, 1, 1), (change.Thread!.Root.MyVote, change.Thread.Root.Up, change.Count));
        Assert.Equal(1, DiscussionService.WithMyVotes(change.Thread, before).Root.MyVote);
    }
}
