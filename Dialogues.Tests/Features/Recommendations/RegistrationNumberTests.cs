using Dialogues.App.Features.Recommendations;
using Dialogues.Domain.Recommendations;
using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.Tests.Features.Recommendations;

public class RegistrationNumberTests(AppHost host) : IClassFixture<AppHost>
{
    [Fact]
    public async Task FiftyConcurrentRegistrations_GetFiftyDistinctConsecutiveNumbers()
    {
        var cast = await RecommendationsCast.CreateAsync(host);
        var ids = new List<RecommendationId>();
        for (var i = 0; i < 50; i++)
        {
            ids.Add(await cast.SubmitAsync(host, $"Препоръка номер {i} за теста"));
        }

        var numbers = await Task.WhenAll(ids.Select(async id =>
        {
            await using var scope = host.As(cast.Moderator);
            return await scope.Get<RecommendationWorkflow>().RegisterAsync(id);
        }));

        var sequences = numbers.Select(n => n.Sequence).Order().ToList();
        Assert.Equal(Enumerable.Range(sequences[0], 50), sequences);
        Assert.All(numbers, n => Assert.Equal(("ПР", host.Clock.GetUtcNow().Year), (n.Series, n.Year)));
        await using var db = host.Db();
        Assert.Equal(50, await db.Recommendations.CountAsync(r => ids.Contains(r.Id) && r.Number != null));
    }

    [Fact]
    public async Task RefusedRegistration_TakesNoNumber()
    {
        var cast = await RecommendationsCast.CreateAsync(host);
        var first = await cast.RegisteredAsync(host, "Първата регистрирана");
        var refused = await cast.SubmitAsync(host, "Отказана препоръка");
        await using (var scope = host.As(cast.Moderator))
        {
            await scope.Get<RecommendationWorkflow>().RefuseAsync(refused, "Не е препоръка към общината.");
            await Assert.ThrowsAsync<Dialogues.Domain.Shared.DomainException>(() => scope.Get<RecommendationWorkflow>().RegisterAsync(refused));
        }
        var next = await cast.RegisteredAsync(host, "Следващата регистрирана");

        await using var db = host.Db();
        var numbers = await db.Recommendations.Where(r => r.Id == first || r.Id == next).Select(r => r.Number!.Sequence).ToListAsync();
        Assert.Equal(1, numbers.Max() - numbers.Min());
    }

    [Fact]
    public async Task RegisteringAndRefusingAtOnce_OneLands_AndNoNumberIsLost()
    {
        var cast = await RecommendationsCast.CreateAsync(host);
        var colleague = await host.CreateUserAsync("Втори модератор", [Dialogues.Domain.Participants.Role.Moderator]);
        var first = await cast.RegisteredAsync(host, "Регистрирана преди спора");
        var contested = await cast.SubmitAsync(host, "Препоръка на двама модератори");

        var attempts = await host.ActAsync<RecommendationWorkflow>(
            (cast.Moderator, workflow => workflow.RegisterAsync(contested)),
            (colleague, workflow => workflow.RefuseAsync(contested, "Не е препоръка към общината.")));
        var next = await cast.RegisteredAsync(host, "Регистрирана след спора");

        Assert.Single(attempts, code => code is null);
        Assert.Single(attempts, code => code == Dialogues.Domain.Shared.DomainErrors.RecommendationNotAwaitingScreening);
        await using var db = host.Db();
        var numbered = await db.Recommendations.Where(r => r.Id == first || r.Id == contested || r.Id == next)
            .Where(r => r.Number != null).Select(r => r.Number!.Sequence).ToListAsync();
        Assert.Equal(Enumerable.Range(numbered.Min(), numbered.Count), numbered.Order());
    }
}
