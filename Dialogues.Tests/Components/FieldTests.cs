using Bunit;
using Bunit.Rendering;
using Dialogues.App.Features.ReferenceData;
using Dialogues.App.Features.Shell;
using Dialogues.App.Infrastructure.Localization;
using Dialogues.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Dialogues.Tests.Components;

/// <summary>The app's own MudBlazor fields: a settlement found however it is typed, dates typed in the reader's format.</summary>
public class FieldTests(AppHost host) : ComponentTest(host), IClassFixture<AppHost>
{
    [Theory]
    [InlineData("skr")]
    [InlineData("СКР")]
    public async Task SettlementField_FindsASettlement_TypedInLatinOrCyrillic(string typed)
    {
        ActAs(null);
        var reference = await Host.Services.GetRequiredService<ReferenceCatalog>().GetAsync();
        Guid? chosen = null;
        var cut = RenderSettlementField(reference, id => chosen = id);

        await cut.Find("#place").InputAsync(new() { Value = typed });

        var option = cut.WaitForElement("[role=option]");
        Assert.Equal(["Скравена"], cut.FindAll("[role=option]").Select(o => o.TextContent.Trim()));
        await option.ClickAsync();
        cut.WaitForAssertion(() => Assert.Equal(reference.SettlementNamed("Скравена").Value, chosen));
    }

    [Fact]
    public async Task SettlementField_SaysSoWhenNothingMatches()
    {
        using var _ = CultureScope.Use("en-GB");
        ActAs(null);
        var reference = await Host.Services.GetRequiredService<ReferenceCatalog>().GetAsync();
        var cut = RenderSettlementField(reference, _ => { });

        await cut.Find("#place").InputAsync(new() { Value = "Пловдив" });

        cut.WaitForAssertion(() => Assert.Equal("No settlement has that name.", cut.Find(".autocomplete-empty").TextContent.Trim()));
    }

    [Theory]
    [InlineData("bg-BG", "07.12.2026")]
    [InlineData("en-GB", "07/12/2026")]
    public async Task DateField_ReadsADateTypedInTheReadersFormat(string culture, string typed)
    {
        using var _ = CultureScope.Use(culture);
        ActAs(null);
        DateOnly? date = null;
        var cut = Bunit.Render<DateField>(field => field
            .Add(f => f.Label, "Дата")
            .Add(f => f.InputId, "day")
            .Add(f => f.ValueChanged, (DateOnly? d) => date = d));

        await cut.Find("#day").ChangeAsync(new() { Value = typed });

        cut.WaitForAssertion(() => Assert.Equal(new DateOnly(2026, 12, 7), date));
    }

    [Fact]
    public async Task DateTimeField_ANewDayKeepsTheTimeAlreadyChosen()
    {
        using var _ = CultureScope.Use("bg-BG");
        ActAs(null);
        DateTime? moment = new DateTime(2026, 12, 7, 18, 30, 0);
        var cut = Bunit.Render<DateTimeField>(field => field
            .Add(f => f.Label, "Начало")
            .Add(f => f.InputId, "starts")
            .Add(f => f.Value, moment)
            .Add(f => f.ValueChanged, (DateTime? d) => moment = d));

        Assert.Equal("Начало – час", cut.Find("label[for=starts-time]").TextContent.Trim());
        await cut.Find("#starts").ChangeAsync(new() { Value = "15.12.2026" });

        cut.WaitForAssertion(() => Assert.Equal(new DateTime(2026, 12, 15, 18, 30, 0), moment));
    }

    /// <summary>The field with MudBlazor's popover provider before it, as in the app's layout: its list renders there.</summary>
    private IRenderedComponent<ContainerFragment> RenderSettlementField(ReferenceSnapshot reference, Action<Guid?> changed) =>
        Bunit.Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<SettlementField>(1);
            builder.AddAttribute(2, nameof(SettlementField.Reference), reference);
            builder.AddAttribute(3, nameof(SettlementField.Label), "Населено място");
            builder.AddAttribute(4, nameof(SettlementField.InputId), "place");
            builder.AddAttribute(5, nameof(SettlementField.ValueChanged), EventCallback.Factory.Create(this, changed));
            builder.CloseComponent();
        });
}
