using Bunit;
using Dialogues.App.Features.Problems;
using Dialogues.App.Infrastructure.Localization;
using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace Dialogues.Tests.Components;

/// <summary>The problem report form says what is missing, in the reader's language, and stores nothing until it is there.</summary>
public class ProblemReportFormTests(AppHost host) : ComponentTest(host), IClassFixture<AppHost>
{
    [Theory]
    [InlineData("bg-BG", "Изберете категория.", "Изберете населено място.")]
    [InlineData("en-GB", "Choose a category.", "Choose a settlement.")]
    public async Task MissingCategoryThenSettlement_AreExplained_AndNothingIsStored(string culture, string noCategory, string noSettlement)
    {
        using var _ = CultureScope.Use(culture);
        var resident = await Host.CreateUserAsync();
        ActAs(resident);
        var cut = Bunit.Render<ReportPage>();
        var form = cut.WaitForElement("form.report-form");

        form.QuerySelector("#report-title")?.Change("Счупена пейка");
        await cut.Find("form.report-form").SubmitAsync();
        cut.WaitForAssertion(() => Assert.Equal(noCategory, cut.Find(".report-form [role=alert]").TextContent.Trim()));

        await using var db = Host.Db();
        var category = await db.ProblemCategories.Where(c => !c.IsArchived).Select(c => c.Id).FirstAsync();
        var select = cut.FindComponent<MudSelect<Guid?>>();
        await cut.InvokeAsync(() => select.Instance.SelectOption((Guid?)category.Value));
        await cut.Find("form.report-form").SubmitAsync();
        cut.WaitForAssertion(() => Assert.Equal(noSettlement, cut.Find(".report-form [role=alert]").TextContent.Trim()));

        Assert.False(await db.ProblemReports.AnyAsync(r => r.ReporterId == resident.Id));
    }
}
