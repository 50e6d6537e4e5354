using System.Net;
using System.Text;
using Dialogues.App.Features.Notifications;
using Dialogues.App.Features.Recommendations;
using Dialogues.App.Features.ReferenceData;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Recommendations;
using Dialogues.Domain.Shared;
using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.Tests.Features.Recommendations;

/// <summary>Every refusal of the workflow, checked on the server with nothing changed.</summary>
public class RecommendationRulesTests(AppHost host) : IClassFixture<AppHost>
{
    [Fact]
    public async Task Scorecard_RowsAddUpToTheTotal_AnUnassignedRecommendationIncluded()
    {
        var cast = await RecommendationsCast.CreateAsync(host);
        await cast.RegisteredAsync(host, "Регистрирана, още без дирекция");
        await cast.AssignedAsync(host, "Регистрирана и разпределена");
        await using var scope = host.As(null);

        var scorecard = await scope.Get<ScorecardService>().BuildAsync();

        Assert.Equal(scorecard.Total.Received, scorecard.ByDepartment.Sum(line => line.Received));
        Assert.Contains(scorecard.ByDepartment, line => line.Key == Guid.Empty && line.Received >= 1);
    }

    [Fact]
    public async Task Submit_MissingTitleOrTooLongText_IsRefusedAndNothingStored()
    {
        var cast = await RecommendationsCast.CreateAsync(host);
        await using var scope = host.As(cast.Resident);
        var area = (await scope.Get<ReferenceCatalog>().GetAsync()).PolicyAreas[0].Id;
        var service = scope.Get<RecommendationsService>();

        Assert.Equal(DomainErrors.RecommendationTitleLength, (await Assert.ThrowsAsync<DomainException>(() =>
            service.SubmitAsync(new RecommendationDraft("", "Достатъчно дълъг текст на препоръката.", area, null, null, null, false), []))).Code);
        Assert.Equal(DomainErrors.RecommendationTextLength, (await Assert.ThrowsAsync<DomainException>(() =>
            service.SubmitAsync(new RecommendationDraft("Заглавие", new string('ж', 10_001), area, null, null, null, false), []))).Code);
        Assert.Equal(DomainErrors.RecommendationPolicyAreaRequired, (await Assert.ThrowsAsync<DomainException>(() =>
            service.SubmitAsync(new RecommendationDraft("Без сфера", "Достатъчно дълъг текст на препоръката.", null, null, null, null, false), []))).Code);
        Assert.Equal(DomainErrors.RecommendationPolicyAreaRequired, (await Assert.ThrowsAsync<DomainException>(() =>
            service.SubmitAsync(new RecommendationDraft("С непозната сфера", "Достатъчно дълъг текст на препоръката.", new(Guid.NewGuid()), null, null, null, false), []))).Code);
        await using var db = host.Db();
        Assert.False(await db.Recommendations.AnyAsync(r => r.SubmittedBy == cast.Resident.Id));
    }

    [Fact]
    public async Task Submit_AsGuest_IsImpossible()
    {
        await using var guest = host.As(null);
        var area = (await guest.Get<ReferenceCatalog>().GetAsync()).PolicyAreas[0].Id;

        var error = await Assert.ThrowsAsync<DomainException>(() => guest.Get<RecommendationsService>().SubmitAsync(
            new RecommendationDraft("Анонимна препоръка", "Текст без подател, който не се разглежда.", area, null, null, null, false), []));

        Assert.Equal(DomainErrors.LoginRequired, error.Code);
    }

    [Fact]
    public async Task CoSign_Twice_IsRefused()
    {
        var cast = await RecommendationsCast.CreateAsync(host);
        var id = await cast.RegisteredAsync(host);
        var signer = await host.CreateUserAsync();
        await using var scope = host.As(signer);

        await scope.Get<RecommendationsService>().CoSignAsync(id);
        var error = await Assert.ThrowsAsync<DomainException>(() => scope.Get<RecommendationsService>().CoSignAsync(id));

        Assert.Equal(DomainErrors.RecommendationAlreadySigned, error.Code);
        await using var db = host.Db();
        Assert.Equal(1, await db.CoSignatures.CountAsync(s => s.RecommendationId == id));
    }

    [Fact]
    public async Task Decide_ItemOfAnotherDepartment_IsRefused()
    {
        var cast = await RecommendationsCast.CreateAsync(host);
        var id = await cast.AssignedAsync(host);
        var otherDepartment = (await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<ReferenceCatalog>(host.Services).GetAsync()).Departments[5].Id;
        var stranger = await host.CreateUserAsync(roles: [Role.Official], department: otherDepartment);
        await using var scope = host.As(stranger);

        var error = await Assert.ThrowsAsync<DomainException>(() => scope.Get<RecommendationWorkflow>().DecideAsync(id, DecisionOutcome.Accepted, "Приемаме препоръката изцяло.", null));

        Assert.Equal(DomainErrors.RecommendationOtherDepartment, error.Code);
        await Unchanged(id, RecommendationStatus.Assigned);
    }

    [Fact]
    public async Task Decide_WithoutReasoning_IsRefused()
    {
        var cast = await RecommendationsCast.CreateAsync(host);
        var id = await cast.AssignedAsync(host);
        await using var scope = host.As(cast.Official);

        var error = await Assert.ThrowsAsync<DomainException>(() => scope.Get<RecommendationWorkflow>().DecideAsync(id, DecisionOutcome.Rejected, "  ", null));

        Assert.Equal(DomainErrors.RecommendationReasoningRequired, error.Code);
        await Unchanged(id, RecommendationStatus.Assigned);
    }

    [Fact]
    public async Task Extend_TwiceOrPastSixMonths_IsRefused()
    {
        var cast = await RecommendationsCast.CreateAsync(host);
        var id = await cast.AssignedAsync(host);
        await using var scope = host.As(cast.Head);
        var workflow = scope.Get<RecommendationWorkflow>();
        DateOnly start;
        await using (var db = host.Db())
        {
            start = (await db.Recommendations.SingleAsync(r => r.Id == id)).Deadline!.StartDate;
        }

        Assert.Equal(DomainErrors.DeadlineExtensionTooLong, (await Assert.ThrowsAsync<DomainException>(() =>
            workflow.ExtendAsync(id, start.AddMonths(6).AddDays(1), "Нужно е становище на РИОСВ."))).Code);
        await workflow.ExtendAsync(id, start.AddMonths(4), "Нужно е становище на РИОСВ.");
        Assert.Equal(DomainErrors.DeadlineAlreadyExtended, (await Assert.ThrowsAsync<DomainException>(() =>
            workflow.ExtendAsync(id, start.AddMonths(5), "Нужно е още проучване."))).Code);

        await using var check = host.Db();
        Assert.Equal(start.AddMonths(4), (await check.Recommendations.SingleAsync(r => r.Id == id)).Deadline!.DueDate);
    }

    [Fact]
    public async Task TwoOfficialsDecidingAtOnce_OneDecisionIsRecorded_AndTheSubmitterHearsOnce()
    {
        var cast = await RecommendationsCast.CreateAsync(host);
        var id = await cast.AssignedAsync(host, "Решавана от двама наведнъж");

        var attempts = await host.ActAsync<RecommendationWorkflow>([cast.Official, cast.Head],
            workflow => workflow.DecideAsync(id, DecisionOutcome.Rejected, "Няма правно основание за мярката.", null));

        Assert.Equal([null, DomainErrors.RecommendationNotAssigned], attempts.OrderBy(code => code));
        await using var db = host.Db();
        Assert.Equal(1, await db.Notifications.CountAsync(n => n.UserId == cast.Resident.Id && n.SubjectId == id.Value && n.Template.StartsWith("Recommendation.Decided")));
    }

    [Fact]
    public async Task TwoExtensionsAtOnce_OnlyOneIsGranted()
    {
        var cast = await RecommendationsCast.CreateAsync(host);
        var id = await cast.AssignedAsync(host, "Удължавана от двама наведнъж");
        await using var before = host.Db();
        var start = (await before.Recommendations.SingleAsync(r => r.Id == id)).Deadline!.StartDate;

        var attempts = await host.ActAsync<RecommendationWorkflow>([cast.Administrator, cast.Head],
            workflow => workflow.ExtendAsync(id, start.AddMonths(4), "Нужно е становище на РИОСВ."));

        Assert.Equal([null, DomainErrors.DeadlineAlreadyExtended], attempts.OrderBy(code => code));
        await using var db = host.Db();
        Assert.Equal(1, await db.Notifications.CountAsync(n => n.UserId == cast.Resident.Id && n.SubjectId == id.Value && n.Template == "Recommendation.Extended"));
    }

    [Fact]
    public async Task ActingOnAClosedItem_IsRefused()
    {
        var cast = await RecommendationsCast.CreateAsync(host);
        var id = await cast.AssignedAsync(host);
        await using (var official = host.As(cast.Official))
        {
            await official.Get<RecommendationWorkflow>().DecideAsync(id, DecisionOutcome.Rejected, "Няма правно основание за мярката.", null);
            Assert.Equal(DomainErrors.RecommendationNotAssigned, (await Assert.ThrowsAsync<DomainException>(() =>
                official.Get<RecommendationWorkflow>().DecideAsync(id, DecisionOutcome.Accepted, "Все пак приемаме предложението.", null))).Code);
        }
        await using var admin = host.As(cast.Administrator);
        Assert.Equal(DomainErrors.RecommendationClosed, (await Assert.ThrowsAsync<DomainException>(() =>
            admin.Get<RecommendationWorkflow>().AssignAsync(id, cast.Department, null))).Code);
        await using var signer = host.As(await host.CreateUserAsync());
        Assert.Equal(DomainErrors.RecommendationNotOpenForSignatures, (await Assert.ThrowsAsync<DomainException>(() => signer.Get<RecommendationsService>().CoSignAsync(id))).Code);
    }

    [Fact]
    public async Task Unregistered_IsHiddenFromThePublic_ButNotFromItsSubmitter()
    {
        var cast = await RecommendationsCast.CreateAsync(host);
        var id = await cast.SubmitAsync(host, "Още непроверена");

        await using var guest = host.As(null);
        Assert.Null(await guest.Get<RecommendationsService>().FindAsync(id));
        await using var submitter = host.As(cast.Resident);
        Assert.NotNull(await submitter.Get<RecommendationsService>().FindAsync(id));
    }

    [Fact]
    public async Task SubmitterName_IsPublicOnlyWithConsent()
    {
        var cast = await RecommendationsCast.CreateAsync(host);
        await using (var scope = host.As(cast.Resident))
        {
            var area = (await scope.Get<ReferenceCatalog>().GetAsync()).PolicyAreas[0].Id;
            var hidden = await scope.Get<RecommendationsService>().SubmitAsync(new RecommendationDraft("Без съгласие за името", "Текстът на препоръката без показване на името.", area, null, null, null, ShowName: false), []);
            await using var moderator = host.As(cast.Moderator);
            await moderator.Get<RecommendationWorkflow>().RegisterAsync(hidden);
            await using var guest = host.As(null);
            Assert.Null((await guest.Get<RecommendationsService>().FindAsync(hidden))!.SubmitterName);
        }
        var shown = await cast.RegisteredAsync(host, "Със съгласие за името");
        await using var reader = host.As(null);
        Assert.Equal("Петя Гражданска", (await reader.Get<RecommendationsService>().FindAsync(shown))!.SubmitterName);
    }

    [Fact]
    public async Task RegisterCsv_ListsTheRegister()
    {
        var cast = await RecommendationsCast.CreateAsync(host);
        await cast.AssignedAsync(host, "Ред в CSV файла");
        using var http = new HttpSession(host.BaseUrl);

        var response = await http.GetAsync("/recommendations/register.csv?q=" + Uri.EscapeDataString("ред в csv"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Номер,Заглавие,Сфера,Дирекция,Състояние", lines[0]);
        Assert.Single(lines[1..]);
        Assert.Contains("Ред в CSV файла", lines[1]);
        Assert.Contains("Разпределена", lines[1]);
    }

    private async Task Unchanged(RecommendationId id, RecommendationStatus status)
    {
        await using var db = host.Db();
        var recommendation = await db.Recommendations.SingleAsync(r => r.Id == id);
        Assert.Equal(status, recommendation.Status);
        Assert.Null(recommendation.Decision);
    }
}
