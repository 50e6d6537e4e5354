using System.Net;
using Dialogues.App.Features.DialogueSpaces;
using Dialogues.Domain.DialogueSpaces;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.Tests.Features.DialogueSpaces;

/// <summary>The handlers enforce every rule themselves: bad input is refused with its reason and changes nothing.</summary>
public class DialogueRulesTests(AppHost host) : IClassFixture<AppHost>
{
    [Theory]
    [InlineData("")]
    [InlineData("а")]
    public async Task Post_TooShortComment_IsRefusedAndNotStored(string body)
    {
        var (dialogue, resident) = await OpenDialogueAsync();
        await using var scope = host.As(resident);

        var error = await Assert.ThrowsAsync<DomainException>(() => scope.Get<DiscussionService>().PostAsync(DiscussionPlace.Of(dialogue), Stance.For, body));

        Assert.Equal(DomainErrors.CommentLength, error.Code);
        Assert.Equal(0, await CommentsIn(dialogue));
    }

    [Fact]
    public async Task TheCommentCount_IsTheSame_OnTheCardAndInTheDiscussion()
    {
        var official = await host.CreateUserAsync("Служител Броене", [Role.Official]);
        var resident = await host.CreateUserAsync("Жител Броене");
        var dialogue = await DialogueSpacesCast.OpenAsync(host, official, "Диалог за преброяване на коментари");
        var first = await DialogueSpacesCast.CommentAsync(host, resident, dialogue, "Първи видим коментар.");
        await DialogueSpacesCast.CommentAsync(host, resident, dialogue, "Втори видим коментар.");
        var deleted = await DialogueSpacesCast.CommentAsync(host, resident, dialogue, "Коментар, който ще изтрия.");
        await using (var scope = host.As(resident))
        {
            await scope.Get<DiscussionService>().ReplyAsync(first, Stance.For, "Отговор, който също се брои.");
            await scope.Get<DiscussionService>().DeleteAsync(deleted);
        }

        using var guest = new HttpSession(host.BaseUrl);
        var list = await (await guest.GetAsync("/dialogues?q=" + Uri.EscapeDataString("преброяване"))).Content.ReadAsStringAsync();
        var page = await (await guest.GetAsync($"/dialogues/{dialogue}")).Content.ReadAsStringAsync();

        var card = list[list.IndexOf("Диалог за преброяване на коментари", StringComparison.Ordinal)..];
        Assert.Contains("3 коментара", card[..card.IndexOf("</li>", StringComparison.Ordinal)]);
        Assert.Contains("<span class=\"count\">(3)</span>", page);
    }

    [Fact]
    public async Task Post_OversizedComment_IsRefused()
    {
        var (dialogue, resident) = await OpenDialogueAsync();
        await using var scope = host.As(resident);

        await Assert.ThrowsAsync<DomainException>(() => scope.Get<DiscussionService>().PostAsync(DiscussionPlace.Of(dialogue), Stance.For, new string('ж', 5001)));

        Assert.Equal(0, await CommentsIn(dialogue));
    }

    [Fact]
    public async Task Post_AsGuest_AsksToLogIn()
    {
        var (dialogue, _) = await OpenDialogueAsync();
        await using var guest = host.As(null);

        var error = await Assert.ThrowsAsync<DomainException>(() => guest.Get<DiscussionService>().PostAsync(DiscussionPlace.Of(dialogue), Stance.For, "Гост"));

        Assert.Equal(DomainErrors.LoginRequired, error.Code);
    }

    [Fact]
    public async Task Reply_ToDeletedComment_IsRefused()
    {
        var (dialogue, resident) = await OpenDialogueAsync();
        var comment = await DialogueSpacesCast.CommentAsync(host, resident, dialogue);
        await using (var author = host.As(resident))
        {
            await author.Get<DiscussionService>().DeleteAsync(comment);
        }
        var other = await host.CreateUserAsync();
        await using var scope = host.As(other);

        var error = await Assert.ThrowsAsync<DomainException>(() => scope.Get<DiscussionService>().ReplyAsync(comment, null, "Отговор"));

        Assert.Equal(DomainErrors.CommentReplyTargetGone, error.Code);
        Assert.Equal(1, await CommentsIn(dialogue));
    }

    [Fact]
    public async Task Delete_KeepsTheThreadReadable()
    {
        var (dialogue, resident) = await OpenDialogueAsync();
        var comment = await DialogueSpacesCast.CommentAsync(host, resident, dialogue);
        var replier = await host.CreateUserAsync("Отговарящ");
        await using (var scope = host.As(replier))
        {
            await scope.Get<DiscussionService>().ReplyAsync(comment, null, "Отговор, който остава");
        }
        await using (var author = host.As(resident))
        {
            await author.Get<DiscussionService>().DeleteAsync(comment);
        }

        await using var reader = host.As(null);
        var thread = Assert.Single((await reader.Get<DiscussionService>().ThreadsAsync(DiscussionPlace.Of(dialogue), CommentSort.Newest, false, 0, 10)).Threads);
        Assert.True(thread.Root.IsDeleted);
        Assert.Equal("", thread.Root.BodyHtml);
        Assert.Contains("Отговор, който остава", Assert.Single(thread.Replies).BodyHtml);
    }

    [Fact]
    public async Task Vote_InClosedDialogue_IsRefused()
    {
        var (dialogue, resident) = await OpenDialogueAsync(votingIn: TimeSpan.FromHours(1));
        var proposal = await DialogueSpacesCast.ProposeAsync(host, resident, dialogue);
        var comment = await DialogueSpacesCast.CommentAsync(host, resident, dialogue);
        await using (var official = host.As(await Official()))
        {
            await official.Get<DialoguesService>().CloseAsync(dialogue, "Общината ще изпълни сценарий 3 през 2027 г.");
        }
        var voter = await host.CreateUserAsync();
        await using var scope = host.As(voter);

        Assert.Equal(DomainErrors.VotingClosed, (await Assert.ThrowsAsync<DomainException>(() => scope.Get<ProposalsService>().SupportAsync(proposal))).Code);
        Assert.Equal(DomainErrors.CommentsClosed, (await Assert.ThrowsAsync<DomainException>(() => scope.Get<DiscussionService>().VoteAsync(comment, 1))).Code);
        await using var db = host.Db();
        Assert.False(await db.ProposalSupports.AnyAsync(s => s.ProposalId == proposal));
    }

    [Fact]
    public async Task Support_BeforeVotingOpens_IsRefused()
    {
        var (dialogue, resident) = await OpenDialogueAsync(votingIn: TimeSpan.FromDays(3));
        var proposal = await DialogueSpacesCast.ProposeAsync(host, resident, dialogue);
        await using var scope = host.As(await host.CreateUserAsync());

        var error = await Assert.ThrowsAsync<DomainException>(() => scope.Get<ProposalsService>().SupportAsync(proposal));

        Assert.Equal(DomainErrors.VotingClosed, error.Code);
    }

    [Fact]
    public async Task CommentVote_SameArrowTwice_TakesTheVoteBack_OtherArrowChangesIt()
    {
        var (dialogue, resident) = await OpenDialogueAsync();
        var comment = await DialogueSpacesCast.CommentAsync(host, resident, dialogue);
        var voter = await host.CreateUserAsync();
        await using var scope = host.As(voter);
        var discussion = scope.Get<DiscussionService>();

        await discussion.VoteAsync(comment, 1);
        var afterUp = (await discussion.ThreadAsync(DiscussionPlace.Of(dialogue), comment))!.Root;
        await discussion.VoteAsync(comment, -1);
        var afterDown = (await discussion.ThreadAsync(DiscussionPlace.Of(dialogue), comment))!.Root;
        await discussion.VoteAsync(comment, -1);
        var afterWithdraw = (await discussion.ThreadAsync(DiscussionPlace.Of(dialogue), comment))!.Root;

        Assert.Equal((1, 0, 1), (afterUp.Up, afterUp.Down, afterUp.MyVote));
        Assert.Equal((0, 1, -1), (afterDown.Up, afterDown.Down, afterDown.MyVote));
        Assert.Equal((0, 0, 0), (afterWithdraw.Up, afterWithdraw.Down, afterWithdraw.MyVote));
    }

    [Fact]
    public async Task StanceSummary_CountsTopLevelVisibleComments()
    {
        var (dialogue, resident) = await OpenDialogueAsync();
        var first = await DialogueSpacesCast.CommentAsync(host, resident, dialogue, "За съм.", Stance.For);
        await DialogueSpacesCast.CommentAsync(host, await host.CreateUserAsync(), dialogue, "Против съм.", Stance.Against);
        await DialogueSpacesCast.CommentAsync(host, await host.CreateUserAsync(), dialogue, "И аз съм против.", Stance.Against);
        await using (var scope = host.As(await host.CreateUserAsync()))
        {
            await scope.Get<DiscussionService>().ReplyAsync(first, Stance.For, "Отговорите не се броят.");
        }

        await using var reader = host.As(null);
        var summary = await reader.Get<DiscussionService>().StanceSummaryAsync(DiscussionPlace.Of(dialogue));

        Assert.Equal(new StanceSummary(1, 2, 0), summary);
    }

    [Fact]
    public async Task OfficialsFilter_ShowsOnlyThreadsTheMunicipalityAnswered()
    {
        var (dialogue, resident) = await OpenDialogueAsync();
        var answered = await DialogueSpacesCast.CommentAsync(host, resident, dialogue, "Кога ще има осветление?");
        await DialogueSpacesCast.CommentAsync(host, resident, dialogue, "Няма отговор на това.");
        await using (var official = host.As(await Official()))
        {
            await official.Get<DiscussionService>().ReplyAsync(answered, null, "През март.");
        }

        await using var reader = host.As(null);
        var page = await reader.Get<DiscussionService>().ThreadsAsync(DiscussionPlace.Of(dialogue), CommentSort.Newest, officialsOnly: true, 0, 10);

        var thread = Assert.Single(page.Threads);
        Assert.Equal(answered, thread.Root.Id);
        Assert.NotNull(Assert.Single(thread.Replies).OfficialDepartmentId);
    }

    [Fact]
    public async Task Listing_SearchesTitlesCaseInsensitively_InCyrillic()
    {
        var official = await Official();
        await DialogueSpacesCast.OpenAsync(host, official, "Ремонт на УЛИЦА Васил Левски");
        await DialogueSpacesCast.OpenAsync(host, official, "Пазарът в Скравена");
        await using var reader = host.As(null);

        var page = await reader.Get<DialoguesService>().ListAsync(new DialogueFilter(Search: "улица васил"), 0, 10);

        Assert.Equal("Ремонт на УЛИЦА Васил Левски", Assert.Single(page.Items).Title);
    }

    [Fact]
    public async Task Listing_HidesDraftsAndProposalsFromGuests_ShowsPendingToModerators()
    {
        var official = await Official();
        var draft = await DialogueSpacesCast.OpenAsync(host, official, "Чернова за бюджета", publish: false);
        var ngo = await host.CreateUserAsync("Сдружение");
        DialogueId proposed;
        await using (var scope = host.As(ngo))
        {
            var now = host.Clock.GetUtcNow();
            var reference = await scope.Get<Dialogues.App.Features.ReferenceData.ReferenceCatalog>().GetAsync();
            proposed = await scope.Get<DialoguesService>().CreateAsync(new DialogueDraft("Предложение за диалог", "Предлагаме да обсъдим спирките.", null,
                reference.PolicyAreas[6].Id, null, now.AddDays(1), null, now.AddDays(20), ScenarioVotingMethod.Approval, []));
        }

        await using var guest = host.As(null);
        var listed = await guest.Get<DialoguesService>().ListAsync(new DialogueFilter(), 0, 100);
        Assert.DoesNotContain(listed.Items, d => d.Id == draft || d.Id == proposed);
        Assert.Null(await guest.Get<DialoguesService>().FindAsync(draft));
        Assert.Null(await guest.Get<DialoguesService>().FindAsync(proposed));

        var moderator = await host.CreateUserAsync(roles: [Role.Moderator]);
        await using var asModerator = host.As(moderator);
        var pending = await asModerator.Get<DialoguesService>().ListAsync(new DialogueFilter(PendingApproval: true), 0, 100);
        Assert.Contains(pending.Items, d => d.Id == proposed);
        await using var asNgo = host.As(ngo);
        Assert.NotNull(await asNgo.Get<DialoguesService>().FindAsync(proposed));
    }

    [Fact]
    public async Task Listing_FiltersByPhase()
    {
        await using var own = await AppHost.OwnAsync();
        var official = await own.CreateUserAsync("Служител Тестов", [Role.Official]);
        var voting = await DialogueSpacesCast.OpenAsync(own, official, "Гласуване за парка", votingIn: TimeSpan.FromMinutes(30));
        own.Clock.Advance(TimeSpan.FromHours(1));
        await DialogueSpacesCast.OpenAsync(own, official, "Обсъждане за училището");
        await using var reader = own.As(null);

        var inVoting = await reader.Get<DialoguesService>().ListAsync(new DialogueFilter(Phase: DialoguePhase.Voting), 0, 100);

        Assert.Contains(inVoting.Items, d => d.Id == voting && d.Phase == DialoguePhase.Voting);
        Assert.All(inVoting.Items, d => Assert.Equal(DialoguePhase.Voting, d.Phase));
    }

    [Fact]
    public async Task DialoguePage_ForUnknownId_Is404()
    {
        using var http = new HttpSession(host.BaseUrl);

        var response = await http.GetAsync($"/dialogues/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Страницата не е намерена", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Create_ByResident_WithBadVideoLink_IsRefusedAndNothingStored()
    {
        var resident = await host.CreateUserAsync();
        await using var scope = host.As(resident);
        var now = host.Clock.GetUtcNow();
        var reference = await scope.Get<Dialogues.App.Features.ReferenceData.ReferenceCatalog>().GetAsync();
        await using var db = host.Db();
        var before = await db.Dialogues.CountAsync();

        var error = await Assert.ThrowsAsync<DomainException>(() => scope.Get<DialoguesService>().CreateAsync(new DialogueDraft(
            "Видео от другаде", "Описание на предложението.", null, reference.PolicyAreas[0].Id, null,
            now.AddDays(1), null, now.AddDays(20), ScenarioVotingMethod.Approval, ["https://evil.example/video"])));

        Assert.Equal(DomainErrors.DialogueVideoLink, error.Code);
        Assert.Equal(before, await db.Dialogues.CountAsync());
    }

    private TestUser? _official;

    private async Task<TestUser> Official() => _official ??= await host.CreateUserAsync("Служител Тестов", [Role.Official]);

    private async Task<(DialogueId Dialogue, TestUser Resident)> OpenDialogueAsync(TimeSpan? votingIn = null)
    {
        var dialogue = await DialogueSpacesCast.OpenAsync(host, await Official(), votingIn: votingIn);
        return (dialogue, await host.CreateUserAsync());
    }

    private async Task<int> CommentsIn(DialogueId dialogue)
    {
        await using var db = host.Db();
        return await db.Comments.CountAsync(c => c.DialogueId == dialogue);
    }

    [Fact]
    public async Task TwoStaffEditingADialogueAtOnce_OneEditLands_TheOtherIsToldItWasChangedMeanwhile()
    {
        var official = await host.CreateUserAsync("Служител Диалози", [Role.Official]);
        var moderator = await host.CreateUserAsync("Модератор Диалози", [Role.Moderator]);
        var id = await DialogueSpacesCast.OpenAsync(host, official, title: "Диалог, редактиран от двама");
        DialogueDraft Retitled(Dialogue d, string title) =>
            new(title, d.Summary, d.Body, d.PolicyAreaId, d.SettlementId, d.DiscussionStartsAt, d.VotingStartsAt, d.ClosesAt, d.VotingMethod, []);
        await using var reader = host.As(official);
        var opened = (await reader.Get<DialoguesService>().FindAsync(id))!.Dialogue;

        var attempts = await host.ActAsync<DialoguesService>(
            (official, dialogues => dialogues.EditAsync(id, opened.EditCount, Retitled(opened, "Заглавие на служителя"))),
            (moderator, dialogues => dialogues.EditAsync(id, opened.EditCount, Retitled(opened, "Заглавие на модератора"))));

        Assert.Equal(DomainErrors.DialogueEditedMeanwhile, Assert.Single(attempts, a => a is not null));
        var saved = (await reader.Get<DialoguesService>().FindAsync(id))!.Dialogue;
        Assert.Equal(1, saved.EditCount);
        Assert.Contains(saved.Title, (string[])["Заглавие на служителя", "Заглавие на модератора"]);
    }
}
