using Dialogues.Domain.DialogueSpaces;
using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.Acts;
using Dialogues.App.Features.Campaigns;
using Dialogues.App.Features.DialogueSpaces;
using Dialogues.App.Features.Meetings;
using Dialogues.App.Features.Moderation;
using Dialogues.App.Features.Monitoring;
using Dialogues.App.Features.Notifications;
using Dialogues.App.Features.Problems;
using Dialogues.App.Features.Recommendations;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.Notifications;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Recommendations;
using Dialogues.Domain.Shared;
using Dialogues.Tests.Features.Acts;
using Dialogues.Tests.Features.Campaigns;
using Dialogues.Tests.Features.DialogueSpaces;
using Dialogues.Tests.Features.Meetings;
using Dialogues.Tests.Features.Monitoring;
using Dialogues.Tests.Features.Problems;
using Dialogues.Tests.Features.Recommendations;
using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Dialogues.Tests.Features.Moderation.ModerationCast;

namespace Dialogues.Tests.Features.Moderation;

/// <summary>Every kind of user content can be flagged, and once hidden it is gone from what the public reads.</summary>
public class ModeratedKindsTests(AppHost host) : IClassFixture<AppHost>
{
    [Fact]
    public void EveryRegisteredKind_IsCoveredHere()
    {
        var kinds = host.Services.GetRequiredService<ModeratedContent>().All.Select(k => k.Kind).Order();

        // A new kind of content joins this list together with a test below that hides it.
        Assert.Equal([ItemKind.Dialogue, ItemKind.Proposal, ItemKind.Comment, ItemKind.Recommendation, ItemKind.ProgressComment, ItemKind.ProblemReport, ItemKind.ConsultationComment, ItemKind.MonitoringReport, ItemKind.Meeting, ItemKind.Campaign, ItemKind.Profile, ItemKind.Article, ItemKind.Practice], kinds);
    }

    [Fact]
    public async Task HiddenDialogue_LeavesTheListAndItsPage()
    {
        var cast = await CreateAsync(host, flaggers: 0);

        await FlagAsync(host, cast.FirstModerator, new ContentKey(ItemKind.Dialogue, cast.Dialogue.Value));

        await using var guest = host.As(null);
        var dialogues = guest.Get<DialoguesService>();
        Assert.DoesNotContain((await dialogues.ListAsync(new DialogueFilter(), 0, 100)).Items, d => d.Id == cast.Dialogue);
        Assert.Null(await dialogues.FindAsync(cast.Dialogue));
    }

    [Fact]
    public async Task HiddenProposal_LeavesTheDialogue()
    {
        var cast = await CreateAsync(host, flaggers: 0);
        var proposal = await DialogueSpacesCast.ProposeAsync(host, cast.Author, cast.Dialogue, "Реклама на моя магазин");

        await FlagAsync(host, cast.FirstModerator, new ContentKey(ItemKind.Proposal, proposal.Value), FlagReason.Spam);

        await using var guest = host.As(null);
        Assert.DoesNotContain((await guest.Get<ProposalsService>().ListAsync(cast.Dialogue, 0, 100)).Items, p => p.Id == proposal);
    }

    [Fact]
    public async Task HiddenRecommendation_LeavesThePublicRegister()
    {
        var recommendations = await RecommendationsCast.CreateAsync(host);
        var id = await recommendations.RegisteredAsync(host, "Препоръка с обидно заглавие");

        await FlagAsync(host, recommendations.Moderator, new ContentKey(ItemKind.Recommendation, id.Value));

        await using var guest = host.As(null);
        var service = guest.Get<RecommendationsService>();
        Assert.DoesNotContain((await service.PublicRegisterAsync(new RecommendationFilter(), 0, 100)).Items, r => r.Id == id);
        Assert.Null(await service.FindAsync(id));
    }

    [Fact]
    public async Task HiddenProgressComment_LeavesTheImplementationPage()
    {
        var recommendations = await RecommendationsCast.CreateAsync(host);
        var id = await recommendations.AssignedAsync(host);
        await using (var official = host.As(recommendations.Official))
        {
            await official.Get<RecommendationWorkflow>().DecideAsync(id, DecisionOutcome.Accepted, "Приемаме препоръката и ще ремонтираме осветлението.", null);
        }
        await using (var resident = host.As(recommendations.Resident))
        {
            await resident.Get<RecommendationsService>().CommentOnProgressAsync(id, "Служителите са мързеливи, звънете на 0888 000 111.");
        }
        Guid comment;
        await using (var db = host.Db())
        {
            comment = db.ProgressComments.Single(c => c.RecommendationId == id).Id;
        }

        await FlagAsync(host, recommendations.Moderator, new ContentKey(ItemKind.ProgressComment, comment), FlagReason.PersonalData);

        await using var guest = host.As(null);
        Assert.Empty((await guest.Get<RecommendationsService>().FindAsync(id))!.Implementation.Comments);
    }

    [Fact]
    public async Task HiddenProfile_NoLongerShowsTheName()
    {
        var cast = await CreateAsync(host, flaggers: 0);
        var rude = await host.CreateUserAsync("Обидно Име");
        await DialogueSpacesCast.CommentAsync(host, rude, cast.Dialogue, "Коментар от профил с обидно име.");

        await FlagAsync(host, cast.FirstModerator, new ContentKey(ItemKind.Profile, rude.Id.Value), FlagReason.InsultOrHate);

        await using var guest = host.As(null);
        var profile = await guest.Get<PublicProfiles>().FindAsync(rude.Id);
        Assert.True(profile!.IsHidden);
        Assert.Equal("", profile.DisplayName);
        var threads = await guest.Get<DiscussionService>().ThreadsAsync(DiscussionPlace.Of(cast.Dialogue), CommentSort.Newest, false, 0, 20);
        Assert.Equal("", threads.Threads.Single(t => t.Root.AuthorId == rude.Id).Root.AuthorName);
    }

    [Fact]
    public async Task HiddenConsultationComment_LeavesTheDraft()
    {
        var acts = await ActsCast.CreateAsync(host);
        var moderator = await host.CreateUserAsync(roles: [Role.Moderator]);
        var id = await acts.PublishAsync(host, acts.Draft(host));
        Guid comment;
        await using (var resident = host.As(acts.Resident))
        {
            comment = await resident.Get<ActsService>().CommentAsync(id, 1, "Всички служители на общината са престъпници.");
        }

        await FlagAsync(host, moderator, new ContentKey(ItemKind.ConsultationComment, comment));

        await using var guest = host.As(null);
        Assert.Empty(await guest.Get<ActsService>().CommentsAsync(id));
        Assert.Empty((await guest.Get<ActsService>().FindAsync(id))!.Comments);
    }

    [Fact]
    public async Task HiddenEvent_LeavesTheCalendarAndItsPage_ClosesRegistration_ButItsOrganiserStillSeesIt()
    {
        var cast = await MeetingsCast.CreateAsync(host);
        var moderator = await host.CreateUserAsync(roles: [Role.Moderator]);
        var id = await cast.AnnounceAsync(host, "Парти с реклама на казино", organiser: cast.Resident);

        await FlagAsync(host, moderator, new ContentKey(ItemKind.Meeting, id.Value), FlagReason.Spam);

        await using (var guest = host.As(null))
        {
            var events = guest.Get<MeetingsService>();
            Assert.Null(await events.FindAsync(id));
            Assert.Null(await events.CalendarEntryAsync(id));
            Assert.DoesNotContain((await events.ListAsync(new MeetingFilter(MeetingPeriod.Upcoming), 0, 100)).Items, e => e.Id == id);
        }
        var neighbour = await host.CreateUserAsync();
        await using (var scope = host.As(neighbour))
        {
            var refused = await Assert.ThrowsAsync<DomainException>(() => scope.Get<MeetingsService>().SignUpAsync(id));
            Assert.Equal(DomainErrors.MeetingSignUpClosed, refused.Code);
            var follow = await Assert.ThrowsAsync<DomainException>(() => scope.Get<FollowService>().FollowAsync(new FollowTarget(ItemKind.Meeting, id.Value)));
            Assert.Equal(DomainErrors.NotFound, follow.Code);
        }
        await using var own = host.As(cast.Resident);
        Assert.NotNull((await own.Get<MeetingsService>().FindAsync(id))!.Event.HiddenAt);
    }

    [Fact]
    public async Task AResidentsEventEditedIntoAnAdvert_IsQueuedByTheWordList_TheMunicipalitysAreNot()
    {
        var cast = await MeetingsCast.CreateAsync(host);
        var id = await cast.AnnounceAsync(host, "Вечер на настолните игри", organiser: cast.Resident);
        var municipal = await cast.AnnounceAsync(host, "Среща за парка в Скравена");
        await using (var scope = host.As(cast.Resident))
        {
            var events = scope.Get<MeetingsService>();
            var draft = (await events.FindAsync(id))!.Event;
            await events.ChangeAsync(id, new Dialogues.Domain.Meetings.MeetingDraft("Вечер в казиното: casino бонуси", draft.Description, draft.PolicyAreaId,
                draft.SettlementId, draft.Venue, null, draft.StartsAt, draft.EndsAt, draft.Capacity));
        }

        await using var db = host.Db();
        Assert.Contains(await db.Flags.AsNoTracking().Where(f => f.ItemId == id.Value).ToListAsync(), f => f.Automatic && f.Text == "casino");
        Assert.False(await db.Flags.AnyAsync(f => f.ItemId == municipal.Value));
    }

    [Fact]
    public async Task HiddenCampaign_LeavesTheListAndItsPage_ButItsAuthorStillSeesIt()
    {
        var author = await host.CreateUserAsync();
        var moderator = await host.CreateUserAsync(roles: [Role.Moderator]);
        var id = await CampaignsCast.StartAsync(host, author, "Кампания срещу съседа ми крадеца");

        await FlagAsync(host, moderator, new ContentKey(ItemKind.Campaign, id.Value), FlagReason.InsultOrHate);

        await using (var guest = host.As(null))
        {
            var campaigns = guest.Get<CampaignsService>();
            Assert.Null(await campaigns.FindAsync(id));
            Assert.DoesNotContain((await campaigns.ListAsync(new CampaignFilter(CampaignPeriod.Open), 0, 100)).Items, c => c.Id == id);
        }
        await using var own = host.As(author);
        Assert.NotNull((await own.Get<CampaignsService>().FindAsync(id))!.Campaign.HiddenAt);
    }

    [Fact]
    public async Task HiddenMonitoringReport_LeavesThePolicy()
    {
        var monitoring = await MonitoringCast.CreateAsync(host);
        var moderator = await host.CreateUserAsync(roles: [Role.Moderator]);
        var policy = await monitoring.DefineAsync(host, "Политика с доклад");
        Guid report;
        await using (var ngo = host.As(monitoring.Resident))
        {
            report = await ngo.Get<MonitoringService>().PublishReportAsync(policy, "Доклад с реклама", "Сдружение „Реклама“",
                "Купете нашите услуги на изгодни цени още днес, обадете се!", null);
        }

        await FlagAsync(host, moderator, new ContentKey(ItemKind.MonitoringReport, report), FlagReason.Spam);

        await using var guest = host.As(null);
        Assert.Empty((await guest.Get<MonitoringService>().FindAsync(policy))!.Reports);
    }

    [Fact]
    public async Task HiddenProblemReport_LeavesTheMapAndTheList()
    {
        var problems = await ProblemsCast.CreateAsync(host);
        var moderator = await host.CreateUserAsync(roles: [Role.Moderator]);
        var id = await problems.ReportAsync(host, problems.Draft(title: "Съседът ми е крадец"));

        await FlagAsync(host, moderator, new ContentKey(ItemKind.ProblemReport, id.Value), FlagReason.InsultOrHate);

        await using var guest = host.As(null);
        var service = guest.Get<ProblemsService>();
        Assert.Null(await service.FindAsync(id));
        Assert.DoesNotContain(await service.MarkersAsync(new ProblemFilter()), m => m.Id == id);
        Assert.DoesNotContain((await service.ListAsync(new ProblemFilter(), 0, 100)).Items, r => r.Id == id);
    }
}
