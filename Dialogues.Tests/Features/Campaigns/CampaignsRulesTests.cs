using Dialogues.App.Features.Campaigns;
using Dialogues.App.Features.Notifications;
using Dialogues.App.Features.ReferenceData;
using Dialogues.App.Infrastructure.Jobs;
using Dialogues.Domain.Shared;
using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dialogues.Tests.Features.Campaigns;

/// <summary>Signatures, the goal and the reminders on the server with the real database.</summary>
public class CampaignsRulesTests(AppHost host) : IClassFixture<AppHost>
{
    [Fact]
    public async Task Sign_TwelvePeopleAtOnce_AreAllCounted_AndTheGoalIsAnnouncedOnce()
    {
        var author = await host.CreateUserAsync("Автор Кампания");
        var id = await CampaignsCast.StartAsync(host, author, "Пътека пред училището в Литаково", goal: 10);
        var people = await host.CreateResidentsAsync(12);

        // On threads of their own: SQLite's async calls complete synchronously, so plain tasks would queue up.
        await Task.WhenAll(people.Select(person => Task.Run(() => CampaignsCast.SignAsync(host, person, id))));

        await using var db = host.Db();
        Assert.Equal(12, (await db.Campaigns.SingleAsync(c => c.Id == id)).SignatureCount);
        Assert.Equal(12, await db.CampaignSignatures.CountAsync(s => s.CampaignId == id));
        Assert.Equal(1, await db.Notifications.CountAsync(n => n.UserId == author.Id && n.Template == "Campaign.GoalReached" && n.SubjectId == id.Value));
    }

    [Fact]
    public async Task Start_TellsThoseWhoFollowTheSettlement_WithTheCampaignsTitle()
    {
        var author = await host.CreateUserAsync();
        var neighbour = await host.CreateUserAsync();
        var reference = await host.Services.GetRequiredService<ReferenceCatalog>().GetAsync();
        await using (var db = host.Db())
        {
            db.Follows.Add(Dialogues.Domain.Notifications.Follow.Start(neighbour.Id,
                new Dialogues.Domain.Notifications.FollowTarget(Dialogues.Domain.Shared.ItemKind.Settlement, reference.SettlementNamed("Боженица").Value), host.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
        }

        var id = await CampaignsCast.StartAsync(host, author, "Чешма на площада в Боженица", settlement: "Боженица");

        await using var check = host.Db();
        var notice = await check.Notifications.SingleAsync(n => n.UserId == neighbour.Id && n.SubjectId == id.Value);
        Assert.Equal(("Campaign.NewInArea", "Чешма на площада в Боженица"), (notice.Template, notice.Arguments[0]));
    }

    [Fact]
    public async Task Sign_Twice_IsRefused_AndWithdrawingLetsOneSignAgain()
    {
        var author = await host.CreateUserAsync();
        var signer = await host.CreateUserAsync();
        var id = await CampaignsCast.StartAsync(host, author, "Автобус сутрин от Рашково", settlement: "Рашково");
        await CampaignsCast.SignAsync(host, signer, id);

        var error = await Assert.ThrowsAsync<DomainException>(() => CampaignsCast.SignAsync(host, signer, id));
        Assert.Equal(DomainErrors.CampaignAlreadySigned, error.Code);
        await using (var scope = host.As(signer))
        {
            await scope.Get<CampaignsService>().WithdrawAsync(id);
        }
        await CampaignsCast.SignAsync(host, signer, id, showName: true);

        await using var reader = host.As(null);
        var details = await reader.Get<CampaignsService>().FindAsync(id);
        Assert.Equal(1, details!.Campaign.SignatureCount);
        Assert.Equal([signer.DisplayName], details.RecentSigners);
    }

    [Fact]
    public async Task Signers_AreRemindedOnce_TheDayBeforeThePetitionCloses()
    {
        var author = await host.CreateUserAsync();
        var signer = await host.CreateUserAsync();
        var id = await CampaignsCast.StartAsync(host, author, "Пейки в парка на Врачеш", closesInDays: 1, settlement: "Врачеш");
        await CampaignsCast.SignAsync(host, signer, id);

        await RunClosingRemindersAsync();
        await RunClosingRemindersAsync();

        await using var db = host.Db();
        var reminders = await db.Notifications.Where(n => n.SubjectId == id.Value && n.Template.StartsWith("Closing.")).Select(n => new { n.UserId, n.Template }).ToListAsync();
        Assert.Equal(2, reminders.Count);
        Assert.All(reminders, r => Assert.Equal("Closing.Campaign.ClosesTomorrow", r.Template));
        Assert.Equal(new HashSet<Dialogues.Domain.Participants.UserId> { author.Id, signer.Id }, reminders.Select(r => r.UserId).ToHashSet());
    }

    [Fact]
    public async Task SubmitAsRecommendation_SendsTheDemandWithItsSignatures_AndSignersFollowTheAnswer()
    {
        var author = await host.CreateUserAsync("Организатор Подписка");
        var id = await CampaignsCast.StartAsync(host, author, "Осветление на пътя до гарата в Скравена", goal: 10, settlement: "Скравена");
        var signers = await host.CreateResidentsAsync(10);
        await using (var early = host.As(author))
        {
            var refused = await Assert.ThrowsAsync<DomainException>(() => early.Get<CampaignsService>().SubmitAsRecommendationAsync(id));
            Assert.Equal(DomainErrors.CampaignGoalNotReached, refused.Code);
        }
        foreach (var signer in signers)
        {
            await CampaignsCast.SignAsync(host, signer, id);
        }

        await using (var stranger = host.As(signers[0]))
        {
            Assert.Equal(DomainErrors.Forbidden, (await Assert.ThrowsAsync<DomainException>(() => stranger.Get<CampaignsService>().SubmitAsRecommendationAsync(id))).Code);
        }
        await using var scope = host.As(author);
        var recommendationId = await scope.Get<CampaignsService>().SubmitAsRecommendationAsync(id);

        await using var db = host.Db();
        var recommendation = await db.Recommendations.SingleAsync(r => r.Id == recommendationId);
        Assert.Equal(("Осветление на пътя до гарата в Скравена", author.Id), (recommendation.Title, recommendation.SubmittedBy));
        Assert.Contains("подкрепена от 10 подписа в кампанията „Осветление на пътя до гарата в Скравена“", recommendation.Text);
        Assert.Equal(recommendationId, (await db.Campaigns.SingleAsync(c => c.Id == id)).RecommendationId);
        Assert.True(await db.Follows.AnyAsync(f => f.UserId == signers[3].Id && f.TargetId == recommendationId.Value));
        var again = await Assert.ThrowsAsync<DomainException>(() => scope.Get<CampaignsService>().SubmitAsRecommendationAsync(id));
        Assert.Equal(DomainErrors.CampaignAlreadySubmitted, again.Code);
    }

    [Fact]
    public async Task SubmitAsRecommendation_TwiceAtOnce_SendsOneRecommendation()
    {
        var author = await host.CreateUserAsync();
        var id = await CampaignsCast.StartAsync(host, author, "Детска площадка в Краево до училището", goal: 10, settlement: "Краево");
        foreach (var signer in await host.CreateResidentsAsync(10))
        {
            await CampaignsCast.SignAsync(host, signer, id);
        }

        var attempts = await host.ActAsync<CampaignsService>([author, author], campaigns => campaigns.SubmitAsRecommendationAsync(id));

        Assert.Equal([null, DomainErrors.CampaignAlreadySubmitted], attempts.OrderBy(code => code));
        await using var db = host.Db();
        Assert.Equal(1, await db.Recommendations.CountAsync(r => r.SubmittedBy == author.Id));
    }

    private async Task RunClosingRemindersAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<JobScheduler>().RunNowAsync("closing");
    }
}
