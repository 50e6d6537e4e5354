using Dialogues.Domain.Shared;

namespace Dialogues.Tests.Support;

/// <summary>Several people acting in the same instant, each in their own scope, for races the server must settle.</summary>
public static class AtOnce
{
    /// <summary>Everyone does the same thing at once; for each, null when it succeeded or the refusal's code.</summary>
    public static Task<string?[]> ActAsync<TService>(this AppHost host, IEnumerable<TestUser> people, Func<TService, Task> action)
        where TService : notnull =>
        host.ActAsync([.. people.Select(person => (person, action))]);

    /// <summary>Each person does their own thing with their own service at once; for each, null or the refusal's code.</summary>
    public static Task<string?[]> ActAsync<TService>(this AppHost host, params (TestUser Person, Func<TService, Task> Action)[] acts)
        where TService : notnull =>
        host.ActAsync([.. acts.Select(act => (act.Person, (Func<ActingScope, Task>)(scope => act.Action(scope.Get<TService>()))))]);

    /// <summary>
    /// Each person does their own thing at once, with any services; for each, null when it succeeded or the refusal's
    /// code. Each runs on a thread of its own: SQLite's async calls complete synchronously, so plain tasks would queue up.
    /// </summary>
    public static Task<string?[]> ActAsync(this AppHost host, params (TestUser Person, Func<ActingScope, Task> Action)[] acts) =>
        Task.WhenAll(acts.Select(act => Task.Run<string?>(async () =>
        {
            await using var scope = host.As(act.Person);
            try
            {
                await act.Action(scope);
                return null;
            }
            catch (DomainException refused)
            {
                return refused.Code;
            }
        })));
}
