using Dialogues.App.Features.Acts;
using Dialogues.App.Features.Deadlines;
using Dialogues.App.Features.Notifications;
using Dialogues.App.Features.Recommendations;
using Dialogues.App.Infrastructure.Jobs;
using Dialogues.Domain.Acts;
using Dialogues.Domain.Deadlines;
using Dialogues.Domain.Notifications;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Recommendations;
using Dialogues.Domain.Shared;
using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dialogues.Tests.Features.Acts;

/// <summary>The register's rules on the server, with the real database: every refusal changes nothing.</summary>
public class ActsRulesTests(AppHost host) : IClassFixture<AppHost>
{
    [Fact]
    public async Task Create_ConsultationEndingBeforeItStarts_IsRefusedAndNothingStored()
    {
        var cast = await ActsCast.CreateAsync(host);
        var draft = cast.Draft(host, title: "Наредба с обърнати дати") with { ConsultationEnd = ActsCast.Today(host).AddDays(-1) };
        await using var scope = host.As(cast.Official);

        var error = await Assert.ThrowsAsync<DomainException>(() => scope.Get<ActsService>().CreateAsync(draft));

        Assert.Equal(DomainErrors.ActConsultationEndBeforeStart, error.Code);
        await using var db = host.Db();
        Assert.False(await db.Acts.AnyAsync(a => a.Title == "Наредба с обърнати дати"));
    }

    [Fact]
    public async Task Create_ByResident_IsForbidden()
    {
        var cast = await ActsCast.CreateAsync(host);
        await using var scope = host.As(cast.Resident);

        var error = await Assert.ThrowsAsync<DomainException>(() => scope.Get<ActsService>().CreateAsync(cast.Draft(host, title: "Наредба от жител")));

        Assert.Equal(DomainErrors.Forbidden, error.Code);
    }

    [Fact]
    public async Task Comment_OnAParagraphThatDoesNotExist_IsRefused_OnAnExistingOne_IsStored()
    {
        var cast = await ActsCast.CreateAsync(host);
        var id = await cast.PublishAsync(host, cast.Draft(host));
        await using var scope = host.As(cast.Resident);
        var acts = scope.Get<ActsService>();

        var error = await Assert.ThrowsAsync<DomainException>(() => acts.CommentAsync(id, 9, "Коментар към несъществуваща алинея."));
        await acts.CommentAsync(id, 3, "Един абонамент е малко за семейство с две коли.");

        Assert.Equal(DomainErrors.ActParagraphNotFound, error.Code);
        var comment = Assert.Single(await acts.CommentsAsync(id));
        Assert.Equal(3, comment.Paragraph);
    }

    [Fact]
    public async Task Comment_AfterTheConsultationEnded_IsRefused()
    {
        await using var own = await AppHost.OwnAsync();
        var cast = await ActsCast.CreateAsync(own);
        var id = await cast.PublishAsync(own, cast.Draft(own, days: 30));
        own.Clock.Advance(TimeSpan.FromDays(31));
        await using var scope = own.As(cast.Resident);

        var error = await Assert.ThrowsAsync<DomainException>(() => scope.Get<ActsService>().CommentAsync(id, null, "Закъснял коментар към проекта."));

        Assert.Equal(DomainErrors.ActConsultationClosed, error.Code);
        Assert.Empty(await scope.Get<ActsService>().CommentsAsync(id));
    }

    [Fact]
    public async Task TwoOfficialsEditingAPublishedActAtOnce_OneChangeLands_TheOtherIsToldItWasEditedMeanwhile()
    {
        var cast = await ActsCast.CreateAsync(host);
        var draft = cast.Draft(host, title: "Наредба, редактирана от двама");
        var id = await cast.PublishAsync(host, draft);
        var colleague = await host.CreateUserAsync("Колега Наредби", [Role.Official], cast.Department);

        var attempts = await host.ActAsync<ActsService>(
            (cast.Official, acts => acts.EditAsync(id, 1, draft with { Motives = "Мотиви след първата редакция." }, "Първа редакция")),
            (colleague, acts => acts.EditAsync(id, 1, draft with { ImpactAssessment = "Оценка след втората редакция." }, "Втора редакция")));

        Assert.Equal(DomainErrors.ActEditedMeanwhile, Assert.Single(attempts, a => a is not null));
        await using var scope = host.As(cast.Official);
        var revisions = await scope.Get<ActsService>().RevisionsAsync(id);
        Assert.Equal([2, 1], revisions.Select(r => r.Revision.Revision));
        Assert.Contains(revisions[0].Revision.Note, (string[])["Първа редакция", "Втора редакция"]);
    }

    [Fact]
    public async Task EditingAPublishedAct_NeedsANote_AndKeepsEveryVersionWithADiff()
    {
        var cast = await ActsCast.CreateAsync(host);
        var draft = cast.Draft(host);
        var id = await cast.PublishAsync(host, draft);
        await using var scope = host.As(cast.Official);
        var acts = scope.Get<ActsService>();
        var changed = draft with { Text = ActsCast.Text.Replace("един абонамент", "два абонамента") };

        var error = await Assert.ThrowsAsync<DomainException>(() => acts.EditAsync(id, 1, changed, null));
        Assert.Equal(DomainErrors.ActRevisionNoteRequired, error.Code);
        Assert.Equal(ActsCast.Text, (await acts.FindAsync(id))!.Act.Text);

        await acts.EditAsync(id, 1, changed, "Два абонамента след предложение на жители");

        var revisions = await acts.RevisionsAsync(id);
        Assert.Equal([2, 1], revisions.Select(r => r.Revision.Revision));
        Assert.Equal("Служител Наредби", revisions[0].ChangedBy);
        var changes = await acts.ChangesAsync(id, 2);
        Assert.Equal("Два абонамента след предложение на жители", changes!.Revision.Note);
        var text = Assert.Single(changes.Texts, t => t.Field == "Text").Lines;
        Assert.Contains(text, line => line.Kind == DiffKind.Removed && line.Text.Contains("един абонамент"));
        Assert.Contains(text, line => line.Kind == DiffKind.Added && line.Text.Contains("два абонамента"));
    }

    [Fact]
    public async Task Summary_OnlyAfterThePeriod_AnsweringEveryComment_WithReasons()
    {
        await using var own = await AppHost.OwnAsync();
        var cast = await ActsCast.CreateAsync(own);
        var id = await cast.PublishAsync(own, cast.Draft(own, days: 30));
        Guid comment;
        await using (var resident = own.As(cast.Resident))
        {
            comment = await resident.Get<ActsService>().CommentAsync(id, 2, "Зоната да включва и улица „Гурко“.");
        }
        await using var scope = own.As(cast.Official);
        var acts = scope.Get<ActsService>();

        var early = await Assert.ThrowsAsync<DomainException>(() => acts.PublishSummaryAsync(id, [new(comment, SummaryOutcome.Accepted, "Включваме улицата.")]));
        own.Clock.Advance(TimeSpan.FromDays(31));
        var incomplete = await Assert.ThrowsAsync<DomainException>(() => acts.PublishSummaryAsync(id, []));
        var unreasoned = await Assert.ThrowsAsync<DomainException>(() => acts.PublishSummaryAsync(id, [new(comment, SummaryOutcome.NotAccepted, " ")]));
        Assert.Null((await acts.FindAsync(id))!.Act.SummaryPublishedAt);

        await acts.PublishSummaryAsync(id, [new(comment, SummaryOutcome.NotAccepted, "Улица „Гурко“ е извън търговската зона.")]);

        Assert.Equal(DomainErrors.ActConsultationNotEnded, early.Code);
        Assert.Equal(DomainErrors.ActSummaryIncomplete, incomplete.Code);
        Assert.Equal(DomainErrors.ActSummaryReasonRequired, unreasoned.Code);
        var act = (await acts.FindAsync(id))!.Act;
        Assert.NotNull(act.SummaryPublishedAt);
        Assert.Equal(comment, Assert.Single(act.Summary).CommentId);
        var again = await Assert.ThrowsAsync<DomainException>(() => acts.PublishSummaryAsync(id, [new(comment, SummaryOutcome.Accepted, "Все пак.")]));
        Assert.Equal(DomainErrors.ActSummaryAlreadyPublished, again.Code);
    }

    [Fact]
    public async Task AdoptedAfterTenDays_IsOnTheLegalityWatch_AndAnExplanationDoesNotRemoveTheFlag()
    {
        var cast = await ActsCast.CreateAsync(host);
        var today = ActsCast.Today(host);
        var id = await cast.PublishAsync(host, cast.Draft(host, days: 10, title: "Наредба за преместваемите обекти", adoptedOn: today.AddDays(12)));
        await using var scope = host.As(cast.Official);
        var acts = scope.Get<ActsService>();

        await acts.ExplainFlagAsync(id, LegalityRule.ConsultationShorterThan14Days, "Срокът беше съкратен заради спешен ремонт на площада.");

        var watch = await acts.LegalityWatchAsync(0, 50);
        var row = Assert.Single(watch.Items, r => r.Act.Id == id);
        Assert.Equal(
            [LegalityRule.ConsultationShorterThan14Days, LegalityRule.AdoptedWithoutSummary],
            row.Flags.Select(f => f.Rule));
        Assert.Equal("Срокът беше съкратен заради спешен ремонт на площада.", row.Flags.Single(f => f.Rule == LegalityRule.ConsultationShorterThan14Days).Explanation);
        Assert.Equal(2, row.Act.Flags);
    }

    [Fact]
    public async Task ALongerConsultation_ClearsTheShortPeriodFlags_WhenTheFactsNoLongerHold()
    {
        var cast = await ActsCast.CreateAsync(host);
        var draft = cast.Draft(host, days: 20, title: "Наредба с удължен срок");
        var id = await cast.PublishAsync(host, draft);
        await using var scope = host.As(cast.Official);
        var acts = scope.Get<ActsService>();
        Assert.Contains((await acts.FindAsync(id))!.Act.LegalityFlags, f => f.Rule == LegalityRule.ConsultationShorterThan30Days);

        await acts.EditAsync(id, 1, draft with { ConsultationEnd = draft.ConsultationStart!.Value.AddDays(29) }, "Срокът е удължен до 30 дни");

        Assert.Empty((await acts.FindAsync(id))!.Act.LegalityFlags);
        Assert.DoesNotContain((await acts.LegalityWatchAsync(0, 50)).Items, r => r.Act.Id == id);
    }

    [Fact]
    public async Task LegalityConcern_EntersTheRecommendationWorkflow_WithTheTwoMonthDeadline()
    {
        var cast = await ActsCast.CreateAsync(host);
        var id = await cast.PublishAsync(host, cast.Draft(host, days: 10, title: "Наредба за кратките срокове"));
        var moderator = await host.CreateUserAsync(roles: [Role.Moderator]);
        RecommendationId concern;
        await using (var scope = host.As(cast.Resident))
        {
            var empty = await Assert.ThrowsAsync<DomainException>(() =>
                scope.Get<RecommendationsService>().RaiseLegalityConcernAsync(id, "чл. 2", "", showName: true));
            Assert.Equal(DomainErrors.RecommendationTextLength, empty.Code);
            concern = await scope.Get<RecommendationsService>().RaiseLegalityConcernAsync(id, "чл. 2",
                "Срокът за предложения е 10 дни без посочени причини, в нарушение на чл. 26, ал. 4 ЗНА.", showName: true);
        }
        await using (var scope = host.As(moderator))
        {
            await scope.Get<RecommendationWorkflow>().RegisterAsync(concern);
        }

        await using var db = host.Db();
        var recommendation = await db.Recommendations.SingleAsync(r => r.Id == concern);
        Assert.Equal(id, recommendation.ConcernsActId);
        Assert.Equal("чл. 2", recommendation.ConcernsArticle);
        Assert.StartsWith("ПР-", recommendation.Number!.ToString());
        Assert.Equal(ActsCast.Today(host).AddMonths(2), recommendation.Deadline!.DueDate);
        Assert.Contains("Наредба за кратките срокове", recommendation.Title);
        Assert.Equal(1, await db.Recommendations.CountAsync(r => r.ConcernsActId == id));
    }

    [Fact]
    public async Task ClosingReminders_GoToFollowersAndTheDepartmentOnce_AndAMissingSummaryIsChased()
    {
        await using var own = await AppHost.OwnAsync();
        var cast = await ActsCast.CreateAsync(own);
        var id = await cast.PublishAsync(own, cast.Draft(own, days: 30, title: "Наредба с напомняния"));
        var follower = await own.CreateUserAsync("Следящ Проекта");
        await using (var scope = own.As(follower))
        {
            await scope.Get<Dialogues.App.Features.Notifications.FollowService>().FollowAsync(new FollowTarget(ItemKind.Act, id.Value));
        }
        var end = ActsCast.Today(own).AddDays(29);

        foreach (var day in new[] { -5, -3, -3, -1, 0, 3, 7, 7, 8 })
        {
            SetLocalNoon(own, end.AddDays(day));
            await Task.WhenAll(RunAsync(own), RunAsync(own));
        }

        await using var db = own.Db();
        Assert.Equal(
            [DeadlineReminderKind.ClosesInThreeDays, DeadlineReminderKind.ClosesTomorrow, DeadlineReminderKind.FollowUpMissing],
            (await db.Set<DeadlineReminder>().Where(r => r.ItemId == id.Value).Select(r => r.Kind).ToListAsync()).Order());
        Assert.Equal(["Closing.Act.ClosesInThreeDays", "Closing.Act.ClosesTomorrow"],
            await TemplatesAsync(db, follower, id));
        Assert.Equal(["Closing.Act.ClosesInThreeDays", "Closing.Act.ClosesTomorrow", "Closing.Act.FollowUpMissing"],
            await TemplatesAsync(db, cast.Official, id));
    }

    private static Task<List<string>> TemplatesAsync(Dialogues.App.Infrastructure.Data.AppDbContext db, TestUser user, ActId id) =>
        db.Notifications.Where(n => n.UserId == user.Id && n.SubjectId == id.Value && n.Template.StartsWith("Closing."))
            .Select(n => n.Template).OrderBy(t => t).ToListAsync();

    private static void SetLocalNoon(AppHost app, DateOnly day)
    {
        var local = day.ToDateTime(new TimeOnly(12, 0));
        app.Clock.Set(app.Calendar.FromWallClock(local));
    }

    private static async Task RunAsync(AppHost app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<JobScheduler>().RunNowAsync("closing");
    }
}

