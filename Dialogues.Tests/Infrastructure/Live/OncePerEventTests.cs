using Dialogues.App.Infrastructure.Live;

namespace Dialogues.Tests.Infrastructure.Live;

public class OncePerEventTests
{
    private sealed record Changed(int Id);

    [Fact]
    public async Task ManyWatchersOfOneEvent_ShareOneLoad_PerKey()
    {
        var shared = new OncePerEvent();
        var liveEvent = new Changed(1);
        var loads = 0;
        var gate = new TaskCompletionSource();
        async Task<string> LoadAsync(string key)
        {
            Interlocked.Increment(ref loads);
            await gate.Task;
            return $"rows of {key}";
        }

        var watchers = Enumerable.Range(0, 50).Select(_ => shared.GetAsync(liveEvent, "page 1", () => LoadAsync("page 1"))).ToList();
        var otherPage = shared.GetAsync(liveEvent, "page 2", () => LoadAsync("page 2"));
        gate.SetResult();

        Assert.All(await Task.WhenAll(watchers), rows => Assert.Equal("rows of page 1", rows));
        Assert.Equal("rows of page 2", await otherPage);
        Assert.Equal(2, loads);
    }

    [Fact]
    public async Task TheNextEvent_LoadsAgain()
    {
        var shared = new OncePerEvent();
        var loads = 0;
        Task<int> LoadAsync() => Task.FromResult(Interlocked.Increment(ref loads));

        Assert.Equal(1, await shared.GetAsync(new Changed(1), "meeting", LoadAsync));
        Assert.Equal(2, await shared.GetAsync(new Changed(1), "meeting", LoadAsync));
    }
}
