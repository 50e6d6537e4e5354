using Dialogues.App.Features.Recommendations;
using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.Recommendations;
using Dialogues.Domain.Shared;
using Dialogues.Tests.Features.Moderation;
using Dialogues.Tests.Features.Recommendations;
using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Dialogues.Tests.Infrastructure.Data;

/// <summary>
/// Runs something else once, between the start of a save that takes a recommendation's workflow step and its write:
/// the other request of a race. Other saves (the outbox's, say) pass untouched.
/// </summary>
public sealed class Meanwhile : SaveChangesInterceptor
{
    private Func<Task>? _next;

    private int _stepSaves;

    /// <summary>How many saves took a workflow step (each try of a retried step counts).</summary>
    public int StepSaves => _stepSaves;

    public void BeforeNextStep(Func<Task> other)
    {
        _stepSaves = 0;
        _next = other;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (!eventData.Context!.ChangeTracker.Entries<Recommendation>().Any(e => e.Property(r => r.Status).IsModified))
        {
            return result;
        }
        Interlocked.Increment(ref _stepSaves);
        if (Interlocked.Exchange(ref _next, null) is { } other)
        {
            await other();
        }
        return result;
    }
}

public sealed class RacingHost : AppHost
{
    public Meanwhile Meanwhile { get; } = new();

    protected override void Configure(IServiceCollection services) => services.AddSingleton<IInterceptor>(Meanwhile);
}

/// <summary>Every aggregate root has one version, raised by every save that changes it, whatever field changed.</summary>
public class AggregateVersionTests(RacingHost host) : IClassFixture<RacingHost>
{
    [Fact]
    public async Task ModeratorHidesARecommendation_WhileAnOfficialDecidesIt_TheDecisionIsRetriedOnTheHiddenOne_AndBothLand()
    {
        var cast = await RecommendationsCast.CreateAsync(host);
        var id = await cast.AssignedAsync(host);
        var before = await VersionAsync(id);
        host.Meanwhile.BeforeNextStep(() => ModerationCast.FlagAsync(host, cast.Moderator, new ContentKey(ItemKind.Recommendation, id.Value)));

        await using (var official = host.As(cast.Official))
        {
            await official.Get<RecommendationWorkflow>().DecideAsync(id, DecisionOutcome.Accepted, "Приемаме препоръката и ще ремонтираме лампите.", null);
        }

        await using var db = host.Db();
        var recommendation = await db.Recommendations.AsNoTracking().SingleAsync(r => r.Id == id);
        Assert.NotNull(recommendation.HiddenAt);
        Assert.Equal(RecommendationStatus.Implementing, recommendation.Status);
        Assert.Equal(DecisionOutcome.Accepted, recommendation.Decision?.Outcome);
        // The first try was made on the state before the hide and lost; the second saw the hide.
        Assert.Equal(2, host.Meanwhile.StepSaves);
        Assert.Equal(before + 2, await VersionAsync(id));
    }

    [Fact]
    public async Task AStepChangingTheRootAndARowItOwns_RaisesTheVersionOnce()
    {
        var cast = await RecommendationsCast.CreateAsync(host);
        var id = await cast.RegisteredAsync(host, "Пейки в парка на Трудовец");
        var before = await VersionAsync(id);

        // The assignment is a row the recommendation owns, written in the same save as the root's own columns.
        await using (var administrator = host.As(cast.Administrator))
        {
            await administrator.Get<RecommendationWorkflow>().AssignAsync(id, cast.Department, "Към отдела по благоустройство");
        }

        Assert.Equal(before + 1, await VersionAsync(id));
    }

    private async Task<int> VersionAsync(RecommendationId id)
    {
        await using var db = host.Db();
        return await db.Recommendations.Where(r => r.Id == id).Select(r => EF.Property<int>(r, AggregateVersions.Property)).SingleAsync();
    }
}
