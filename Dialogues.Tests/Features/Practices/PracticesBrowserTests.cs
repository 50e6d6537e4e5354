using Dialogues.App.Features.Practices;
using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dialogues.Tests.Features.Practices;

public class PracticesBrowserTests(AppHost host) : BrowserTest<AppHost>(host)
{
    [Fact]
    public async Task AResidentProposesAPractice_AnOfficialPublishesIt_AndAReaderSeesWantsArriveLive()
    {
        var cast = await PracticesCast.CreateAsync(Host);
        await Page.LogInAsync(cast.Resident);
        await Page.GotoInteractiveAsync("/practices");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Предложете практика" }).ClickAsync();
        await Page.WaitForInteractiveAsync();
        var form = Page.GetByRole(AriaRole.Form, new() { Name = "Предложете добра практика" });
        await form.GetByLabel("Заглавие", new() { Exact = true }).FillAsync("Гражданско събрание в Гданск");
        await form.GetByLabel("Държава").FillAsync("Полша");
        await form.GetByLabel("Град", new() { Exact = true }).FillAsync("Гданск");
        await form.GetByLabel("Година на започване").FillAsync("2016");
        await form.GetByLabel("Начин на участие").ChooseAsync("Гражданско събрание");
        await form.GetByLabel("Проблемът", new() { Exact = true }).FillAsync("След наводнение градът трябваше да реши как да се защити от следващото.");
        await form.GetByLabel("Какво направиха").FillAsync("Около 60 жители, избрани по жребий, изслушаха експерти и гласуваха препоръки.");
        await form.GetByLabel("Резултати", new() { Exact = true }).FillAsync("Кметът се беше задължил да изпълни препоръките с над 80% подкрепа.");
        await form.GetByLabel("Поуки").FillAsync("Предварителният ангажимент на кмета е ключът към доверието.");
        await form.GetByLabel("Какво би било нужно в Ботевград").FillAsync("Събрание по жребий за транспорта между селата и града.");
        await form.GetByLabel("Източници", new() { Exact = true }).FillAsync("gdansk.pl");
        await form.GetByRole(AriaRole.Button, new() { Name = "Предложете" }).ClickAsync();
        await Expect(form.GetByRole(AriaRole.Alert)).ToContainTextAsync("https://");
        await using (var db = Host.Db())
        {
            Assert.False(await db.Practices.AnyAsync(p => p.ProposedBy == cast.Resident.Id));
        }

        await form.GetByLabel("Източници", new() { Exact = true }).FillAsync("https://www.gdansk.pl");
        await form.GetByRole(AriaRole.Button, new() { Name = "Предложете" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Гражданско събрание в Гданск", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByText("Предложението чака преглед")).ToBeVisibleAsync();
        var practiceUrl = Page.Url;

        var official = await NewPageAsync();
        await official.LogInAsync(cast.Official);
        await official.GotoInteractiveAsync("/practices/review");
        await official.GetByRole(AriaRole.Link, new() { Name = "Гражданско събрание в Гданск" }).ClickAsync();
        await official.WaitForInteractiveAsync();
        await official.GetByLabel("Отдел, който би я въвел").ChooseAsync(cast.Reference.Departments[1].NameBg);
        await official.GetByRole(AriaRole.Button, new() { Name = "Публикувайте" }).ClickAsync();
        await Expect(official.GetByText("Практиката е публикувана.")).ToBeVisibleAsync();

        var reader = await NewPageAsync(width: 390);
        await reader.GotoInteractiveAsync(practiceUrl);
        await Expect(reader.GetByTestId("want-count")).ToHaveTextAsync("0 жители искат това в Ботевград");

        await Page.ReloadAsync();
        await Page.WaitForInteractiveAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Искам го и в Ботевград" }).ClickAsync();
        await Expect(Page.GetByText("Казахте, че искате тази практика в Ботевград.")).ToBeVisibleAsync();

        await Expect(reader.GetByTestId("want-count")).ToHaveTextAsync("1 жител иска това в Ботевград");
        await Expect(reader.GetByRole(AriaRole.Link, new() { Name = "https://www.gdansk.pl" })).ToHaveAttributeAsync("rel", "noopener noreferrer nofollow");
    }
}
