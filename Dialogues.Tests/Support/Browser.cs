using Microsoft.Playwright;

namespace Dialogues.Tests.Support;

/// <summary>
/// One Chromium (Debian's) for the whole test run; every test gets fresh browser contexts from it.
/// </summary>
public static class Browser
{
    private static readonly Lazy<Task<(IPlaywright Playwright, IBrowser Browser)>> Shared = new(LaunchAsync);

    /// <summary>How long creating or closing a context may take; both take well under a second when all is well.</summary>
    public static readonly TimeSpan ContextTimeout = TimeSpan.FromSeconds(30);

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";

    /// <summary>A new, isolated browser context (its own cookies and storage), like a separate person's browser.</summary>
    public static async Task<IBrowserContext> NewContextAsync(string baseUrl, string locale = "bg-BG", int width = 1280, int height = 900)
    {
        var (_, browser) = await Shared.Value;
        // Playwright puts no time limit on creating a context: a stuck browser fails the test instead of hanging the run.
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            Locale = locale,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            TimezoneId = "Europe/Sofia",
        }).WaitAsync(ContextTimeout);
        context.SetDefaultTimeout(15_000);
        return context;
    }

    private static async Task<(IPlaywright, IBrowser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage",
            ],
        });
        // No close at process exit: blocking on async work there can hang the test host. When the test process
        // ends, Playwright's driver sees its pipe close and takes Chromium down with it.
        return (playwright, browser);
    }
}

public static class PageExtensions
{
    /// <summary>Navigates and waits until the Blazor circuit is live (the layout marks itself interactive).</summary>
    public static async Task GotoInteractiveAsync(this IPage page, string url)
    {
        await page.GotoAsync(url);
        await page.WaitForInteractiveAsync();
    }

    public static Task WaitForInteractiveAsync(this IPage page) =>
        page.Locator(".app[data-interactive='true']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    /// <summary>
    /// Chooses <paramref name="option"/> in a MudBlazor select or autocomplete, as a person does: a select opens its
    /// list on a click; in an autocomplete the person types and waits for the list to narrow to what was typed. Then
    /// the option is clicked. (The search runs a moment after the typing: a click on the list shown before it lands
    /// on an option the narrowed list has already replaced, and is lost.)
    /// </summary>
    public static async Task ChooseAsync(this ILocator field, string option)
    {
        var page = field.Page;
        var choice = page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true });
        if (await field.IsEditableAsync())
        {
            await field.FillAsync(option);
            await Assertions.Expect(choice).ToBeVisibleAsync(new() { Timeout = 15_000 });
            await Assertions.Expect(page.GetByRole(AriaRole.Option).Filter(new() { HasNotText = option })).ToHaveCountAsync(0, new() { Timeout = 15_000 });
        }
        else
        {
            await field.ClickAsync();
        }
        await choice.ClickAsync();
        // The list closes once the server took the choice, which a page holding a long text makes slow under load.
        await Assertions.Expect(page.GetByRole(AriaRole.Listbox)).ToHaveCountAsync(0, new() { Timeout = 15_000 });
    }

    /// <summary>Signs in through the login form, as a person would.</summary>
    public static async Task LogInAsync(this IPage page, string email, string password = TestUser.Password)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Имейл").FillAsync(email);
        await page.GetByLabel("Парола", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Влез" }).ClickAsync();
        // Signed in once the redirect away from the form commits; callers go on to a page and wait for what they need.
        await page.WaitForURLAsync(url => !url.Contains("/account/login"), new() { WaitUntil = WaitUntilState.Commit });
    }

    public static Task LogInAsync(this IPage page, TestUser user) => page.LogInAsync(user.Email);
}

/// <summary>
/// Base for browser tests: the class's app, and per test a fresh context and page (more on request).
/// </summary>
public abstract class BrowserTest<THost>(THost host) : IClassFixture<THost>, IAsyncLifetime
    where THost : AppHost
{
    private readonly List<IBrowserContext> _contexts = [];

    protected THost Host { get; } = host;

    protected IPage Page { get; private set; } = default!;

    public virtual async Task InitializeAsync() => Page = await NewPageAsync();

    /// <summary>Another person's browser: a separate context with its own cookies.</summary>
    protected Task<IPage> NewPageAsync(string locale = "bg-BG", int width = 1280, int height = 900) => NewPageAsync(Host, locale, width, height);

    /// <summary>A browser on another app than the class's: the one a test that moves the clock has of its own.</summary>
    protected async Task<IPage> NewPageAsync(AppHost app, string locale = "bg-BG", int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(app.BaseUrl, locale, width, height);
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                lock (_policyViolations)
                {
                    _policyViolations.Add($"{page.Url}: {message.Text}");
                }
            }
        };
        return page;
    }

    /// <summary>What the Content-Security-Policy blocked: the app itself must never need what the policy refuses.</summary>
    private readonly List<string> _policyViolations = [];

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            try
            {
                await context.CloseAsync().WaitAsync(Browser.ContextTimeout);
            }
            catch (TimeoutException)
            {
                // Chromium, rarely, never confirms a close (seen after a page left mid-navigation); the test is over
                // and the browser still serves other contexts, so the run goes on instead of hanging here forever.
            }
        }
        lock (_policyViolations)
        {
            Assert.Empty(_policyViolations);
        }
    }
}
