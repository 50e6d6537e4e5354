using Bunit;
using Dialogues.App.Features.ReferenceData;
using Dialogues.App.Infrastructure.Localization;
using Dialogues.Domain.Participants;
using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.Tests.Components;

/// <summary>An administrator's list of settlements: a name in one language only is refused and nothing is added.</summary>
public class ReferenceListEditorTests(AppHost host) : ComponentTest(host), IClassFixture<AppHost>
{
    [Fact]
    public async Task AnEmptyEnglishName_IsRefusedWithAMessage_AndNoSettlementIsAdded()
    {
        using var _ = CultureScope.Use("bg-BG");
        ActAs(await Host.CreateUserAsync("Админ Празно Име", [Role.Administrator]));
        var cut = Bunit.Render<ReferenceListEditor>(p => p.Add(e => e.List, ReferenceList.Settlements));
        cut.WaitForElement("#Settlements-name-bg");

        cut.Find("#Settlements-name-bg").Change("Ново село");
        await cut.Find("form").SubmitAsync();

        cut.WaitForAssertion(() => Assert.Contains("Името на български и на английски е задължително", cut.Find("[role=alert]").TextContent));
        await using var db = Host.Db();
        Assert.Equal(13, await db.Settlements.CountAsync());
    }
}
