using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dialogues.Tests.Features.Campaigns;

public class CampaignsBrowserTests(AppHost host) : BrowserTest<AppHost>(host)
{
    [Fact]
    public async Task AResidentStartsACampaign_AnotherSigns_AndAReaderSeesTheSignaturesLive()
    {
        var organiser = await Host.CreateUserAsync("Мария Организаторка");
        var signer = await Host.CreateUserAsync("Петър Подписващ");

        await Page.LogInAsync(organiser);
        await Page.GotoInteractiveAsync("/campaigns");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Започни кампания" }).ClickAsync();
        await Page.WaitForInteractiveAsync();
        var form = Page.GetByRole(AriaRole.Form, new() { Name = "Започни кампания" });
        await form.GetByLabel("Заглавие").FillAsync("Зелена площадка до читалището в Новачене");
        await form.GetByLabel("Какво искате от общината и защо").FillAsync("Площадка.");
        await form.GetByLabel("Населено място").ChooseAsync("Новачене");
        await form.GetByRole(AriaRole.Button, new() { Name = "Започни събирането на подписи" }).ClickAsync();
        await Expect(form.GetByRole(AriaRole.Alert)).ToContainTextAsync("Опишете какво искате от общината и защо в 50 до 9 000 знака");
        await using (var db = Host.Db())
        {
            Assert.False(await db.Campaigns.AnyAsync(c => c.Title == "Зелена площадка до читалището в Новачене"));
        }

        await form.GetByLabel("Какво искате от общината и защо").FillAsync("Молим общината да превърне празния терен до читалището в зелена площадка с пейки и дървета.");
        await form.GetByLabel("Цел: брой подписи").FillAsync("50");
        await form.GetByRole(AriaRole.Button, new() { Name = "Започни събирането на подписи" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Зелена площадка до читалището в Новачене", Level = 1 })).ToBeVisibleAsync();
        var campaignUrl = Page.Url;

        var reader = await NewPageAsync();
        await reader.GotoInteractiveAsync(campaignUrl);
        await Expect(reader.GetByTestId("signatures")).ToHaveTextAsync("Подписи: 0 от 50");
        await Expect(reader.GetByText("За да подпишете,")).ToBeVisibleAsync();

        var phone = await NewPageAsync(width: 360);
        await phone.LogInAsync(signer);
        await phone.GotoInteractiveAsync(campaignUrl);
        await phone.GetByLabel("Покажи името ми сред подписалите").CheckAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Подписвам" }).ClickAsync();
        await Expect(phone.GetByText("Подписахте тази кампания.")).ToBeVisibleAsync();

        await Expect(reader.GetByTestId("signatures")).ToHaveTextAsync("Подписи: 1 от 50");
        await Expect(reader.GetByRole(AriaRole.Region, new() { Name = "Последно подписали" }).GetByRole(AriaRole.Listitem)).ToHaveTextAsync(["Петър Подписващ"]);

        await phone.GetByRole(AriaRole.Button, new() { Name = "Оттегли подписа си" }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Button, new() { Name = "Подписвам" })).ToBeVisibleAsync();
        await Expect(reader.GetByTestId("signatures")).ToHaveTextAsync("Подписи: 0 от 50");
        await Expect(reader.GetByText("Още никой не е избрал да покаже името си.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task TheOrganiser_SendsACampaignThatReachedItsGoal_ToTheMunicipality_AsARecommendation()
    {
        var organiser = await Host.CreateUserAsync("Организатор Внасящ");
        var id = await CampaignsCast.StartAsync(Host, organiser, "Пейки и сянка на спирките в Гурково", goal: 10, settlement: "Гурково");
        foreach (var signer in await Host.CreateResidentsAsync(10))
        {
            await CampaignsCast.SignAsync(Host, signer, id);
        }

        await Page.LogInAsync(organiser);
        await Page.GotoInteractiveAsync($"/campaigns/{id}");
        await Expect(Page.GetByText("Целта е постигната", new() { Exact = true })).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Внеси като препоръка към общината" }).ClickAsync();
        var question = Page.GetByRole(AriaRole.Dialog);
        await Expect(question).ToContainTextAsync("не може да бъде отменено");
        await question.GetByRole(AriaRole.Button, new() { Name = "Внеси", Exact = true }).ClickAsync();

        await Expect(Page.GetByText("Кампанията е внесена като препоръка към общината")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Внеси като препоръка към общината" })).ToHaveCountAsync(0);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Вижте препоръката и отговора на общината" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Пейки и сянка на спирките в Гурково", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByText("подкрепена от 10 подписа")).ToBeVisibleAsync();
    }
}
