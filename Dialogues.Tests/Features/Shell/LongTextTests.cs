using System.Text;
using Dialogues.Domain.Acts;
using Dialogues.Domain.Recommendations;
using Dialogues.Tests.Features.Acts;
using Dialogues.Tests.Features.Recommendations;
using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dialogues.Tests.Features.Shell;

/// <summary>
/// Every length a form accepts is saved: the longest texts travel over the live connection whole (they used to drop it
/// silently), a longer one is stopped in the browser with a message, and what a person types survives a reload.
/// </summary>
public class LongTextTests(AppHost host) : BrowserTest<AppHost>(host)
{
    /// <summary>Cyrillic prose with line breaks and typographic quotes (3 bytes each in UTF-8), cut to exactly <paramref name="length"/>.</summary>
    private static string Prose(int length)
    {
        const string sentence = "Предлагаме „зелена“ улица – с дървета, пейки и осветление за всички жители на Ботевград.\n";
        var text = new StringBuilder(length + sentence.Length);
        while (text.Length < length)
        {
            text.Append(sentence);
        }
        return text.ToString(0, length - 1) + "!";
    }

    [Fact]
    public async Task ARecommendationOfTheLongestAllowedText_IsSavedWhole()
    {
        var cast = await RecommendationCast.CreateAsync(Host);
        var text = Prose(Recommendation.TextMax);

        await Page.LogInAsync(cast.Resident);
        await Page.GotoInteractiveAsync("/recommendations/new");
        await Page.GetByLabel("Заглавие", new() { Exact = true }).FillAsync("Дълга препоръка за зелена улица");
        await Page.GetByLabel("Препоръка", new() { Exact = true }).FillAsync(text);
        await Page.GetByLabel("Сфера").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Изпрати препоръката" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Дълга препоръка за зелена улица");
        await using var db = Host.Db();
        var saved = await db.Recommendations.AsNoTracking().Where(r => r.Title == "Дълга препоръка за зелена улица").Select(r => r.Text).SingleAsync();
        Assert.Equal(text.ReplaceLineEndings("\n"), saved.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task AnActOfTheLongestAllowedText_IsSavedWhole_AndALongerOneIsCutInTheBrowserWithAMessage()
    {
        var cast = await ActsCast.CreateAsync(Host);
        var text = Prose(Act.TextMax);

        await Page.LogInAsync(cast.Official);
        await Page.GotoInteractiveAsync("/acts/new");
        await Page.GetByLabel("Номер", new() { Exact = true }).FillAsync("Проект № 12/2026");
        await Page.GetByLabel("Заглавие", new() { Exact = true }).FillAsync("Наредба за благоустройството");
        await Page.GetByRole(AriaRole.Group, new() { Name = "Сфери" }).GetByRole(AriaRole.Checkbox).Nth(1).CheckAsync();
        var field = Page.GetByLabel("Текст", new() { Exact = true });
        await field.FocusAsync();
        // Typed (here: inserted as a paste would be) one character over the limit: the browser keeps the limit and says so.
        await Page.Keyboard.InsertTextAsync(text + "Ж");
        await Expect(Page.Locator("#client-status")).ToContainTextAsync("200 000 знака");
        await Expect(field).ToHaveValueAsync(text.ReplaceLineEndings("\n"));
        await field.BlurAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Създай" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Наредба за благоустройството");
        await using var db = Host.Db();
        var saved = await db.Acts.AsNoTracking().Where(a => a.Title == "Наредба за благоустройството").Select(a => a.Text).SingleAsync();
        Assert.Equal(Act.TextMax, saved.ReplaceLineEndings("\n").Length);
    }

    [Fact]
    public async Task TextBeingWritten_SurvivesAReload_AndIsGoneOnceSent()
    {
        var cast = await RecommendationCast.CreateAsync(Host);
        await Page.LogInAsync(cast.Resident);
        await Page.GotoInteractiveAsync("/recommendations/new");
        await Page.GetByLabel("Препоръка", new() { Exact = true }).FillAsync("Предлагаме пейки по алеята към гарата, защото възрастните хора няма къде да седнат.");

        await Page.ReloadAsync();
        await Page.WaitForInteractiveAsync();
        await Expect(Page.GetByLabel("Препоръка", new() { Exact = true })).ToHaveValueAsync("Предлагаме пейки по алеята към гарата, защото възрастните хора няма къде да седнат.");
        await Expect(Page.Locator("#client-status")).ToContainTextAsync("Върнахме текста");

        await Page.GetByLabel("Заглавие", new() { Exact = true }).FillAsync("Пейки по алеята към гарата");
        await Page.GetByLabel("Сфера").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Изпрати препоръката" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Пейки по алеята към гарата");

        await Page.GotoInteractiveAsync("/recommendations/new");
        await Expect(Page.GetByLabel("Препоръка", new() { Exact = true })).ToHaveValueAsync("");
    }
}
