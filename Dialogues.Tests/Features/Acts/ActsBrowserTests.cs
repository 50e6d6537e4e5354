using System.Globalization;
using Dialogues.App.Features.Acts;
using Dialogues.Domain.Acts;
using Dialogues.Domain.Participants;
using Dialogues.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dialogues.Tests.Features.Acts;

public class ActsBrowserTests(AppHost host) : BrowserTest<AppHost>(host)
{
    [Fact]
    public async Task OfficialPublishesADraft_AResidentsCommentOnParagraphThree_ShowsBesideItForAnotherReaderLive()
    {
        var cast = await ActsCast.CreateAsync(Host);
        var today = ActsCast.Today(Host);

        // The official writes the draft ordinance and publishes it for consultation.
        await Page.LogInAsync(cast.Official);
        await Page.GotoInteractiveAsync("/acts/new");
        await Page.GetByLabel("Номер", new() { Exact = true }).FillAsync("Проект № 9/2026");
        await Page.GetByLabel("Заглавие", new() { Exact = true }).FillAsync("Наредба за зелените площи");
        await Page.GetByRole(AriaRole.Group, new() { Name = "Сфери" }).GetByRole(AriaRole.Checkbox).Nth(1).CheckAsync();
        await Page.GetByLabel("Текст", new() { Exact = true }).FillAsync(ActsCast.Text);
        await Page.GetByLabel("Мотиви", new() { Exact = true }).FillAsync("Зелените площи в кварталите намаляват.");
        await Page.GetByLabel("Оценка на въздействието", new() { Exact = true }).FillAsync("Без допълнителни разходи за бюджета.");
        await Page.GetByLabel("Начало на консултацията").FillAsync(today.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture));
        await Page.GetByLabel("Край на консултацията").FillAsync(today.AddDays(29).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Създай" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Наредба за зелените площи");
        await Expect(Page.GetByText("Работен проект")).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Публикувай", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Актът е публикуван." })).ToBeVisibleAsync();
        var actUrl = Page.Url.Replace(Host.BaseUrl, "");

        // A reader follows the consultation while a resident comments on paragraph 3.
        var reader = await NewPageAsync();
        await reader.GotoInteractiveAsync(actUrl);
        var resident = await NewPageAsync();
        await resident.LogInAsync(cast.Resident);
        await resident.GotoInteractiveAsync(actUrl);
        await Expect(resident.GetByRole(AriaRole.Status).Filter(new() { HasText = "отворена до" })).ToBeVisibleAsync();
        var third = resident.Locator("#p-3");
        await third.GetByRole(AriaRole.Button, new() { Name = "Коментирай Чл. 3" }).ClickAsync();
        await third.GetByRole(AriaRole.Textbox).FillAsync("Един абонамент е малко за семейство с две коли.");
        await third.GetByRole(AriaRole.Button, new() { Name = "Изпрати коментара" }).ClickAsync();
        await Expect(third.GetByText("Един абонамент е малко за семейство с две коли.")).ToBeVisibleAsync();

        var besideThird = reader.GetByRole(AriaRole.Complementary, new() { Name = "Коментари по Чл. 3" });
        await Expect(besideThird.GetByText("Един абонамент е малко за семейство с две коли.")).ToBeVisibleAsync();
        await Expect(reader.Locator("#p-2").GetByText("Един абонамент")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task ADraftWithATenDayConsultation_WarnsBeforePublishing_AndNeverSaysItEnded()
    {
        var cast = await ActsCast.CreateAsync(Host);
        ActId id;
        await using (var scope = Host.As(cast.Official))
        {
            id = await scope.Get<ActsService>().CreateAsync(cast.Draft(Host, days: 10, title: "Наредба за кратката консултация"));
        }

        await Page.LogInAsync(cast.Official);
        await Page.GotoInteractiveAsync($"/acts/{id}");
        await Expect(Page.Locator(".consultation-status")).ToContainTextAsync("предвидена");
        await Expect(Page.Locator(".consultation-status")).Not.ToContainTextAsync("приключи");
        var warning = Page.Locator("#publish-warning");
        await Expect(warning).ToContainTextAsync("Консултация, по-кратка от 14 дни");
        await Expect(warning).ToContainTextAsync("само 10 дни");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Публикувай въпреки предупреждението" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Актът е публикуван." })).ToBeVisibleAsync();
        await Expect(Page.Locator("[data-rule='ConsultationShorterThan14Days']")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AfterThePeriod_TheOfficialPublishesTheSummary_LinkedToTheComments()
    {
        await using var own = await AppHost.OwnAsync();
        var page = await NewPageAsync(own);
        var cast = await ActsCast.CreateAsync(own);
        var id = await cast.PublishAsync(own, cast.Draft(own, title: "Наредба за обществения ред"));
        await using (var scope = own.As(cast.Resident))
        {
            await scope.Get<ActsService>().CommentAsync(id, 2, "Зоната да включва и улица „Гурко“.");
        }
        own.Clock.Advance(TimeSpan.FromDays(31));

        await page.LogInAsync(cast.Official);
        await page.GotoInteractiveAsync($"/acts/{id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Публикувай справка за предложенията" }).ClickAsync();
        await page.WaitForInteractiveAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Публикувай справката" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Посочете мотиви за всяко предложение");

        await page.GetByLabel("Решение").ChooseAsync("Приема се частично");
        await page.GetByLabel("Мотиви").FillAsync("Включваме участъка до ул. „Гурко“ № 12.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Публикувай справката" }).ClickAsync();

        var summary = page.GetByRole(AriaRole.Table, new() { Name = "Справка за постъпилите предложения" });
        await Expect(summary).ToContainTextAsync("Включваме участъка до ул. „Гурко“ № 12.");
        await Expect(summary).ToContainTextAsync("Приема се частично");
        await summary.GetByRole(AriaRole.Link, new() { Name = "Зоната да включва и улица „Гурко“." }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#consultation-comment-"));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Публикувай справка за предложенията" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task AnActAdoptedTooEarly_ShowsItsFlagOnThePublicLists()
    {
        var cast = await ActsCast.CreateAsync(Host);
        var draft = cast.Draft(Host, title: "Наредба за рекламните табели");
        var id = await cast.PublishAsync(Host, draft);

        // The official records an adoption ten days into the consultation, with a note for the revision.
        await Page.LogInAsync(cast.Official);
        await Page.GotoInteractiveAsync($"/acts/{id}/edit");
        await Page.GetByLabel("Приет на").FillAsync(draft.ConsultationStart!.Value.AddDays(9).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Запази" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("всяка промяна на публикуван акт се пази като версия");
        await Page.GetByLabel("Какво и защо променяте").FillAsync("Вписана дата на приемане от сесията на съвета");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Запази" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Наредба за рекламните табели");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Приет преди края на консултацията" })).ToBeVisibleAsync();

        // Anyone sees the flag in the register and on the legality watch, with the dates that break the rule.
        var guest = await NewPageAsync();
        await guest.GotoAsync("/acts");
        var row = guest.GetByRole(AriaRole.Row).Filter(new() { HasText = "Наредба за рекламните табели" });
        await Expect(row).ToContainTextAsync("2 нарушения");
        await guest.GotoAsync("/legality");
        var entry = guest.GetByRole(AriaRole.Listitem).Filter(new() { Has = guest.GetByRole(AriaRole.Heading, new() { Name = "Наредба за рекламните табели" }) });
        await Expect(entry).ToContainTextAsync("Приет преди края на консултацията");
        await Expect(entry).ToContainTextAsync("чл. 26");

        // The change is kept as revision 2, with its note and a diff of the dates.
        await guest.GotoAsync($"/acts/{id}/revisions?show=2");
        await Expect(guest.GetByText("Вписана дата на приемане от сесията на съвета").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AnOfficialSavingOverAColleaguesNewerRevision_IsToldSo_AndTheColleaguesChangeStays()
    {
        var cast = await ActsCast.CreateAsync(Host);
        var draft = cast.Draft(Host, title: "Наредба за пазарите");
        var id = await cast.PublishAsync(Host, draft);
        await Page.LogInAsync(cast.Official);
        await Page.GotoInteractiveAsync($"/acts/{id}/edit");

        // While the editor is open, a colleague saves revision 2.
        var colleague = await Host.CreateUserAsync("Колега Пазари", [Role.Official], cast.Department);
        await using (var scope = Host.As(colleague))
        {
            await scope.Get<ActsService>().EditAsync(id, 1, draft with { Title = "Наредба за пазарите и тържищата" }, "Добавени тържищата");
        }

        await Page.GetByLabel("Заглавие", new() { Exact = true }).FillAsync("Наредба за общинските пазари");
        await Page.GetByLabel("Какво и защо променяте").FillAsync("Уточнено заглавие");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Запази" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Междувременно друг служител промени акта (редакция 2)");

        await using var check = Host.As(cast.Official);
        Assert.Equal("Наредба за пазарите и тържищата", (await check.Get<ActsService>().FindAsync(id))!.Act.Title);
    }
}
