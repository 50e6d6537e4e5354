using Bunit;
using Dialogues.App.Features.Recommendations;
using Dialogues.App.Features.ReferenceData;
using Dialogues.App.Infrastructure.Localization;
using Dialogues.Domain.Recommendations;
using Dialogues.Tests.Features.Recommendations;
using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dialogues.Tests.Components;

/// <summary>The staff panel offers only the steps the recommendation is at, and answers beside the step asked for.</summary>
public class RecommendationStaffPanelTests(AppHost host) : ComponentTest(host), IClassFixture<AppHost>
{
    [Fact]
    public async Task AModerator_RegistersASubmittedRecommendation_AndThePageIsToldToReload()
    {
        using var _ = CultureScope.Use("bg-BG");
        var cast = await RecommendationsCast.CreateAsync(Host);
        var id = await cast.SubmitAsync(Host, "Пейки в парка");
        ActAs(cast.Moderator);
        var changed = 0;

        var cut = await RenderAsync(id, () => changed++);
        Assert.Empty(cut.FindAll("#assign-department"));

        await cut.FindAll("button").Single(b => b.TextContent == "Регистрирай").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Equal(1, changed));
        await using var db = Host.Db();
        Assert.Equal(RecommendationStatus.Registered, (await db.Recommendations.SingleAsync(r => r.Id == id)).Status);
    }

    [Fact]
    public async Task AssigningWithoutADepartment_IsRefusedBesideTheAssignStep_AndChangesNothing()
    {
        using var _ = CultureScope.Use("bg-BG");
        var cast = await RecommendationsCast.CreateAsync(Host);
        var id = await cast.RegisteredAsync(Host, "Тротоар до училището");
        ActAs(cast.Administrator);

        var cut = await RenderAsync(id, () => { });
        await cut.FindAll("button").Single(b => b.TextContent == "Разпредели").ClickAsync(new());

        var step = cut.Find("#assign-department").Closest(".staff-action")!;
        Assert.Equal("Изберете дирекция", step.QuerySelector("[role=alert]")!.TextContent.Trim());
        await using var db = Host.Db();
        Assert.Equal(RecommendationStatus.Registered, (await db.Recommendations.SingleAsync(r => r.Id == id)).Status);
    }

    private async Task<IRenderedComponent<RecommendationStaffPanel>> RenderAsync(RecommendationId id, Action changed)
    {
        var reference = await Host.Services.GetRequiredService<ReferenceCatalog>().GetAsync();
        var details = await Bunit.Services.GetRequiredService<RecommendationsService>().FindAsync(id);
        return Bunit.Render<RecommendationStaffPanel>(p => p
            .Add(s => s.Details, details!)
            .Add(s => s.Reference, reference)
            .Add(s => s.OnChanged, changed));
    }
}
