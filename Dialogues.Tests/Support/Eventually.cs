namespace Dialogues.Tests.Support;

/// <summary>Polls a condition that background work makes true, instead of sleeping a guessed amount.</summary>
public static class Eventually
{
    public static Task<T> Get<T>(Func<Task<T>> probe, Func<T, bool> done, string failure, TimeSpan? timeout = null) =>
        Get(probe, done, _ => failure, timeout);

    /// <summary>Polls like the other overload, and on timeout says what the last probe saw.</summary>
    public static async Task<T> Get<T>(Func<Task<T>> probe, Func<T, bool> done, Func<T, string> failure, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }
            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException(failure(value));
            }
            await Task.Delay(50);
        }
    }

    public static Task True(Func<Task<bool>> probe, string failure, TimeSpan? timeout = null) =>
        Get(probe, done => done, failure, timeout);
}
