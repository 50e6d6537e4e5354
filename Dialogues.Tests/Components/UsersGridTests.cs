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

    [Fact]
    public async Task DisablingAnAccount_IsAskedFirst_AndCancellingChangesNothing()
    {
        using var _ = CultureScope.Use("bg-BG");
        var tag = Guid.NewGuid().ToString("N")[..6];
        var resident = await Host.CreateUserAsync($"Деактивиран {tag}");
        ActAs(await Host.CreateUserAsync("Админ Деактивиращ", [Role.Administrator]));
        var dialogs = Bunit.Render<MudBlazor.MudDialogProvider>();
        var cut = Bunit.Render<UsersPage>();
        cut.WaitForElement("#user-search").Change(tag);
        await cut.Find("form.search-bar").SubmitAsync();
        await cut.WaitForElement($"button[aria-label='Управление на Деактивиран {tag}']").ClickAsync(new());

        var asking = cut.FindAll("button").Single(b => b.TextContent.Trim() == "Деактивирай профила").ClickAsync(new());
        dialogs.WaitForAssertion(() => Assert.Contains($"Да деактивираме ли профила на Деактивиран {tag}?", dialogs.Find(".mud-dialog").TextContent));
        await dialogs.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Отказ").ClickAsync(new());
        await asking;
        Assert.Null(await DisabledAtAsync(resident));

        asking = cut.FindAll("button").Single(b => b.TextContent.Trim() == "Деактивирай профила").ClickAsync(new());
        dialogs.WaitForAssertion(() => Assert.NotEmpty(dialogs.FindAll(".mud-dialog")));
        await dialogs.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Деактивирай профила").ClickAsync(new());
        await asking;
        Assert.NotNull(await DisabledAtAsync(resident));
    }

    private async Task<DateTimeOffset?> DisabledAtAsync(TestUser user)
    {
        await using var db = Host.Db();
        return db.Users.Where(u => u.Id == user.Id.Value).Select(u => u.DisabledAt).Single();
    }

    private static List<string> Names(IRenderedComponent<UsersPage> cut) =>
        cut.FindAll("tbody tr").Select(row => row.QuerySelector("td")?.TextContent.Trim() ?? "").Where(name => name.Length > 0).ToList();
}
