using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dialogues.Tests.Features.Meetings;

public class MeetingsBrowserTests(AppHost host) : BrowserTest<AppHost>(host)
{
    [Fact]
    public async Task AnOfficialAnnouncesAnEvent_AResidentTakesASeat_AndAnotherReaderSeesTheSeatsGoLive()
    {
        var cast = await MeetingsCast.CreateAsync(Host);

        await Page.LogInAsync(cast.Official);
        await Page.GotoInteractiveAsync("/events");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Ново събитие" }).ClickAsync();
        await Page.WaitForInteractiveAsync();
        var form = Page.GetByRole(AriaRole.Form, new() { Name = "Ново събитие" });
        await form.GetByLabel("Заглавие").FillAsync("Среща за детската площадка в Скравена");
        await form.GetByLabel("Описание").FillAsync("Обсъждаме къде да бъде новата детска площадка и какво да има на нея.");
        await form.GetByLabel("Населено място").ChooseAsync("Скравена");
        await form.GetByLabel("Брой места (по желание)").FillAsync("2");
        await form.GetByRole(AriaRole.Button, new() { Name = "Обяви събитието" }).ClickAsync();
        await Expect(form.GetByRole(AriaRole.Alert)).ToContainTextAsync("Посочете мястото на събитието");
        await using (var db = Host.Db())
        {
            Assert.False(await db.Meetings.AnyAsync(e => e.Title == "Среща за детската площадка в Скравена"));
        }

        await form.GetByLabel("Място", new() { Exact = true }).FillAsync("Читалище „Светлина“, Скравена");
        await form.GetByRole(AriaRole.Button, new() { Name = "Обяви събитието" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Среща за детската площадка в Скравена", Level = 1 })).ToBeVisibleAsync();
        var eventUrl = Page.Url;

        var reader = await NewPageAsync();
        await reader.GotoInteractiveAsync(eventUrl);
        await Expect(reader.GetByTestId("attendance")).ToHaveTextAsync("0 записани участници · 2 свободни места от 2");
        await Expect(reader.GetByText("За да се запишете,")).ToBeVisibleAsync();

        var resident = await NewPageAsync(width: 360);
        await resident.LogInAsync(cast.Resident);
        await resident.GotoInteractiveAsync(eventUrl);
        await resident.GetByRole(AriaRole.Button, new() { Name = "Ще дойда" }).ClickAsync();
        await Expect(resident.GetByText("Записани сте.")).ToBeVisibleAsync();
        var download = await resident.RunAndWaitForDownloadAsync(() => resident.GetByRole(AriaRole.Link, new() { Name = "Добави в календара си" }).ClickAsync());
        Assert.Equal("event.ics", download.SuggestedFilename);

        await Expect(reader.GetByTestId("attendance")).ToHaveTextAsync("1 записан участник · 1 свободно място от 2");
        await Page.ReloadAsync();
        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = "Записани участници" }).GetByRole(AriaRole.Listitem)).ToHaveTextAsync(["Жител Участник"]);

        await resident.GetByRole(AriaRole.Button, new() { Name = "Няма да дойда" }).ClickAsync();
        await Expect(resident.GetByRole(AriaRole.Button, new() { Name = "Ще дойда" })).ToBeVisibleAsync();
        await Expect(reader.GetByTestId("attendance")).ToHaveTextAsync("0 записани участници · 2 свободни места от 2");
    }

    [Fact]
    public async Task ChangingAndCancellingAnEvent_ReachTheRegisteredResidentLive_AndInTheirNotifications()
    {
        var cast = await MeetingsCast.CreateAsync(Host);
        var id = await cast.AnnounceAsync(Host, "Почистване на реката при Скравена", capacity: 30);
        await MeetingsCast.SignUpAsync(Host, cast.Resident, id);

        var resident = await NewPageAsync();
        await resident.LogInAsync(cast.Resident);
        await resident.GotoInteractiveAsync($"/events/{id}");
        await Expect(resident.GetByText("Записани сте.")).ToBeVisibleAsync();

        await Page.LogInAsync(cast.Official);
        await Page.GotoInteractiveAsync($"/events/{id}");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Редактирай събитието" }).ClickAsync();
        await Page.WaitForInteractiveAsync();
        await Page.GetByLabel("Място", new() { Exact = true }).FillAsync("Мостът на река Бебреш, Скравена");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Запази промените" }).ClickAsync();
        await Expect(resident.GetByText("Мостът на река Бебреш, Скравена")).ToBeVisibleAsync();

        await Page.GetByText("Отмени събитието").First.ClickAsync();
        var cancel = Page.GetByRole(AriaRole.Form, new() { Name = "Отмени събитието" });
        await cancel.GetByRole(AriaRole.Button, new() { Name = "Отмени събитието" }).ClickAsync();
        await Expect(cancel.GetByRole(AriaRole.Alert)).ToContainTextAsync("Обяснете защо събитието се отменя");
        await cancel.GetByLabel("Причина за отмяната").FillAsync("Очаква се висока вода след дъждовете.");
        await cancel.GetByRole(AriaRole.Button, new() { Name = "Отмени събитието" }).ClickAsync();
        // A cancellation cannot be undone: it is asked about first, and "no" changes nothing.
        var question = Page.GetByRole(AriaRole.Dialog);
        await question.GetByRole(AriaRole.Button, new() { Name = "Не, остави го" }).ClickAsync();
        await Expect(question).ToHaveCountAsync(0);
        await Expect(resident.GetByText("Събитието е отменено")).ToHaveCountAsync(0);
        await cancel.GetByRole(AriaRole.Button, new() { Name = "Отмени събитието" }).ClickAsync();
        await question.GetByRole(AriaRole.Button, new() { Name = "Да, отмени го" }).ClickAsync();

        await Expect(resident.GetByText("Събитието е отменено: Очаква се висока вода след дъждовете.")).ToBeVisibleAsync();
        await Expect(resident.GetByRole(AriaRole.Button, new() { Name = "Няма да дойда" })).ToHaveCountAsync(0);
        // One for the new place, one for the cancellation.
        await Expect(resident.GetByTestId("bell-count")).ToHaveTextAsync("2");
        await resident.GotoInteractiveAsync("/notifications");
        await resident.GetByRole(AriaRole.Button, new() { Name = "Събитието „Почистване на реката при Скравена“" }).ClickAsync();
        await Expect(resident).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/events/{id}$"));
        // Whoever planned to come hears at once, by email too, whatever their digest settings.
        var mail = await MailPickup.WaitForAsync(Host.MailFolder, cast.Resident.Email, m => m.Subject.Contains("е отменено"));
        Assert.Contains($"/events/{id}", mail.Text);
    }

    [Fact]
    public async Task TheCalendar_ListsUpcomingAndPastEvents_FilteredBySettlement()
    {
        var cast = await MeetingsCast.CreateAsync(Host);
        await cast.AnnounceAsync(Host, "Календарна среща в Скравена", inDays: 2);
        await cast.AnnounceAsync(Host, "Календарна среща във Врачеш", inDays: 3, settlement: "Врачеш");

        await Page.GotoInteractiveAsync("/events");
        await Page.GetByLabel("Населено място").ChooseAsync("Врачеш");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Покажи" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Календарна среща във Врачеш" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Календарна среща в Скравена" })).ToHaveCountAsync(0);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Минали" }).ClickAsync();
        await Expect(Page.GetByText("Няма минали събития с тези филтри.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AnNgoAnnouncesItsOwnEvent_ItAppearsOnAReadersCalendarLive_UnderTheNgosName()
    {
        var ngo = await Host.CreateUserAsync("Сдружение „Чиста Скравена“");
        var reader = await NewPageAsync();
        await reader.GotoInteractiveAsync("/events");

        await Page.LogInAsync(ngo);
        await Page.GotoInteractiveAsync("/events");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Ново събитие" }).ClickAsync();
        await Page.WaitForInteractiveAsync();
        await Expect(Page.GetByText("под вашето име. Модераторите могат да го скрият")).ToBeVisibleAsync();
        var form = Page.GetByRole(AriaRole.Form, new() { Name = "Ново събитие" });
        await form.GetByLabel("Заглавие").FillAsync("Почистване на поречието в Скравена");
        await form.GetByLabel("Описание").FillAsync("Събираме се с ръкавици и чували, за да почистим брега на реката.");
        await form.GetByLabel("Населено място").ChooseAsync("Скравена");
        await form.GetByLabel("Място", new() { Exact = true }).FillAsync("Мостът в центъра на Скравена");
        await form.GetByRole(AriaRole.Button, new() { Name = "Обяви събитието" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Почистване на поречието в Скравена", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Редактирай събитието" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = "Записани участници" })).ToHaveCountAsync(0);

        var card = reader.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Почистване на поречието в Скравена" });
        await Expect(card).ToContainTextAsync("Организира: Сдружение „Чиста Скравена“");
        await card.GetByRole(AriaRole.Link, new() { Name = "Почистване на поречието в Скравена" }).ClickAsync();
        await Expect(reader.GetByRole(AriaRole.Definition).Filter(new() { Has = reader.GetByRole(AriaRole.Link, new() { Name = "Сдружение „Чиста Скравена“" }) })).ToBeVisibleAsync();
        await Expect(reader.GetByRole(AriaRole.Link, new() { Name = "Редактирай събитието" })).ToHaveCountAsync(0);
    }
}
