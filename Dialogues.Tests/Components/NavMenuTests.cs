using Bunit;
using Dialogues.App.Features.Shell;
using Dialogues.Domain.Participants;
using Dialogues.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Dialogues.Tests.Components;

/// <summary>The main menu marks where the reader is, follows navigation, and offers staff sections only to staff.</summary>
public class NavMenuTests(AppHost host) : ComponentTest(host), IClassFixture<AppHost>
{
    [Fact]
    public void MarksTheCurrentSection_AndFollowsNavigation()
    {
        ActAs(null);
        var navigation = Bunit.Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("dialogues/42");
        var cut = Bunit.Render<NavMenu>();

        Assert.Equal(["Диалози"], Current(cut));

        navigation.NavigateTo("");
        cut.WaitForAssertion(() => Assert.Equal(["Начало"], Current(cut)));

        // A section whose name starts like another's is not current with it.
        navigation.NavigateTo("actsx");
        cut.WaitForAssertion(() => Assert.Empty(Current(cut)));
    }

    [Fact]
    public async Task OffersStaffSections_OnlyToStaff()
    {
        ActAs(await Host.CreateUserAsync(roles: [Role.Moderator]));
        var cut = Bunit.Render<NavMenu>();

        var links = cut.FindAll("a").Select(a => a.TextContent).ToList();
        Assert.Contains("Модерация", links);
        Assert.DoesNotContain("Потребители", links);
    }

    private static string[] Current(IRenderedComponent<NavMenu> cut) =>
        cut.FindAll("a[aria-current=page]").Select(a => a.TextContent).ToArray();
}
