namespace Dialogues.Tests.Support;

/// <summary>
/// Base for a test class whose tests move the clock through shared helpers: each test gets an app, a database and a
/// clock of its own, so no test depends on the time another left behind. A class whose tests move time only here and
/// there takes <see cref="AppHost.OwnAsync"/> in those tests instead.
/// </summary>
public abstract class OwnHostPerTest : IAsyncLifetime
{
    protected AppHost Host { get; private set; } = default!;

    public async Task InitializeAsync() => Host = await AppHost.OwnAsync();

    public Task DisposeAsync() => Host.DisposeAsync();
}
