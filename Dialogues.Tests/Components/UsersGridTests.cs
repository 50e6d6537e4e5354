using Bunit;
using Dialogues.App.Features.Accounts;
using Dialogues.App.Infrastructure.Localization;
using Dialogues.Domain.Participants;
using Dialogues.Tests.Support;

namespace Dialogues.Tests.Components;

/// <summary>The administrators' list of accounts: searched, sorted and paged by the database, not in the page.</summary>
public class UsersGridTests(AppHost host) : ComponentTest(host), IClassFixture<AppHost>
{
    [Fact]
    public async Task Searching_ThenSortingByName_AsksTheServerForThatOrder()
    {
        using var _ = CultureScope.Use("bg-BG");
        var tag = Guid.NewGuid().ToString("N")[..6];
        foreach (var name in new[] { "Борис", "Ана", "Васил" })
        {
            await Host.CreateUserAsync($"{name} {tag}");
        }
        ActAs(await Host.CreateUserAsync("Админ Списък", [Role.Administrator]));
        var cut = Bunit.Render<UsersPage>();

        cut.WaitForElement("#user-search").Change(tag);
        await cut.Find("form.search-bar").SubmitAsync();
        cut.WaitForAssertion(() => Assert.Equal([$"Ана {tag}", $"Борис {tag}", $"Васил {tag}"], Names(cut)));
        // MudBlazor's own texts are Bulgarian too.
        Assert.Contains("1–3 от 3", cut.Find(".mud-table-pagination").TextContent);

        // Name is sorted ascending by default; a click on its header turns it to descending.
        await cut.FindAll("th").First(th => th.TextContent.Contains("Име")).QuerySelector(".sortable-column-header")!.ClickAsync(new());
        await cut.FindAll("th").First(th => th.TextContent.Contains("Име")).QuerySelector(".sortable-column-header")!.ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Equal([$"Васил {tag}", $"Борис {tag}", $"Ана {tag}"], Names(cut)));
    }

    private static List<string> Names(IRenderedComponent<UsersPage> cut) =>
        cut.FindAll("tbody tr").Select(row => row.QuerySelector("td")?.TextContent.Trim() ?? "").Where(name => name.Length > 0).ToList();
}
