using Dialogues.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Dialogues.Tests.Features.Shell;

/// <summary>A live page says so within seconds when its connection silently dies, and recovers when it comes back.</summary>
public class ConnectionTests(AppHost host) : BrowserTest<AppHost>(host)
{
    [Fact]
    public async Task GoingOffline_IsShownAtOnce_AndTheNoticeGoesWhenTheConnectionIsBack()
    {
        await Page.GotoInteractiveAsync("/dialogues");
        var notice = Page.GetByText("Връзката със сървъра прекъсна");
        await Expect(notice).ToBeHiddenAsync();

        // Offline drops every packet without closing the socket, as a phone losing signal does: the notice shows at
        // once (the device says it is offline), not after SignalR's 30 s.
        await Page.Context.SetOfflineAsync(true);
        await Expect(notice).ToBeVisibleAsync(new() { Timeout = 3_000 });

        await Page.Context.SetOfflineAsync(false);
        await Expect(notice).ToBeHiddenAsync(new() { Timeout = 30_000 });
    }
}
