using System.Collections;
using System.Reflection;
using Dialogues.App.Features.Moderation;
using Dialogues.App.Infrastructure.Security;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.Shared;
using Dialogues.Tests.Support;
using static Dialogues.Tests.Features.Moderation.ModerationCast;

namespace Dialogues.Tests.Features.Moderation;

/// <summary>A suspended person can read and look after their account, and nothing else: every handler is checked.</summary>
public class SanctionTests : OwnHostPerTest
{
    /// <summary>
    /// Handlers a suspended person may still use: reading, their own notifications and follows, and appealing.
    /// Every other public handler of a service that acts for the signed-in person must refuse them, so a new
    /// handler that forgets the check fails this test until it is fixed or listed here on purpose.
    /// </summary>
    private static readonly HashSet<string> OpenToSuspended =
    [
        "DialoguesService.ListAsync", "DialoguesService.FindAsync",
        "DiscussionService.ThreadsAsync", "DiscussionService.ThreadAsync", "DiscussionService.ThreadOfAsync", "DiscussionService.StanceSummaryAsync",
        "DiscussionService.CommentCountAsync", "DiscussionService.AfterEventAsync", "DiscussionService.ByOrganisationAsync", "ProposalsService.ByOrganisationAsync", "MeetingsService.ByOrganisationAsync",
        "ProposalsService.ListAsync", "ProposalsService.SupportOfAsync",
        "ScenariosService.BallotAsync",
        "RecommendationsService.FindAsync", "RecommendationsService.PublicRegisterAsync", "RecommendationsService.ExportAsync", "RecommendationsService.MineAsync",
        "FollowService.FollowAsync", "FollowService.UnfollowAsync", "FollowService.IsFollowingAsync", "FollowService.ListAsync", "FollowService.SetPlacesAsync",
        "NotificationsService.UnreadCountAsync", "NotificationsService.ListAsync", "NotificationsService.OpenAsync", "NotificationsService.MarkAllReadAsync",
        "NotificationPreferencesService.GetAsync", "NotificationPreferencesService.SaveAsync", "NotificationPreferencesService.UnsubscribeAsync",
        "AppealsService.MineAsync", "AppealsService.FindAsync", "AppealsService.AppealAsync", "AppealsService.MySanctionAsync",
        "CurrentDepartment.OfCurrentUserAsync",
        "ActsService.ListAsync", "ActsService.LegalityWatchAsync", "ActsService.FindAsync", "ActsService.CommentsAsync", "ActsService.SearchAsync",
        "ActsService.RevisionsAsync", "ActsService.ChangesAsync",
        "MonitoringService.ListAsync", "MonitoringService.FindAsync",
        "ProblemsService.CategoriesAsync", "ProblemsService.NearbyAsync", "ProblemsService.FindAsync", "ProblemsService.ListAsync",
        "ProblemsService.MarkersAsync", "ProblemsService.MineAsync", "ProblemsService.StatsAsync", "ProblemsService.SettlementCentresAsync",
        // Giving up one's seat at an event, or one's signature, only takes one out.
        "MeetingsService.ListAsync", "MeetingsService.FindAsync", "MeetingsService.ViewAsync", "MeetingsService.RefreshAsync", "MeetingsService.CalendarEntryAsync", "MeetingsService.WithdrawAsync",
        "CampaignsService.ListAsync", "CampaignsService.FindAsync", "CampaignsService.WithdrawAsync",
        "NewsService.ListAsync", "NewsService.FindAsync", "NewsService.MyRatingAsync", "NewsService.ViewAsync", "NewsService.RefreshAsync", "NewsService.LatestAsync", "NewsService.DeskAsync",
        "PracticesService.ListAsync", "PracticesService.FindAsync", "PracticesService.ViewAsync", "PracticesService.RefreshAsync", "PracticesService.MineAsync", "PracticesService.ReviewQueueAsync", "PracticesService.UnwantAsync",
        "LibraryService.FoldersAsync", "LibraryService.FindAsync", "LibraryService.ShelfAsync",
        "OrganisationsService.ListAsync", "OrganisationsService.MineAsync", "OrganisationsService.FindAsync", "OrganisationsService.SettlementCountsAsync",
        "SurveysService.ListAsync", "SurveysService.FindAsync", "SurveysService.ResultsAsync", "SurveysService.ExportAsync",
    ];

    private static IEnumerable<(Type Service, MethodInfo Handler)> Handlers() =>
        typeof(CurrentActor).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsPublic: true, IsAbstract: false }
                && t.GetConstructors().Any(c => c.GetParameters().Any(p => p.ParameterType == typeof(CurrentActor))))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => typeof(Task).IsAssignableFrom(m.ReturnType))
                .Select(m => (t, m)));

    [Fact]
    public async Task EveryHandler_RefusesASuspendedPerson_ExceptReadsAndOwnAccount()
    {
        var suspended = await SuspendedAsync();
        var checkedHandlers = 0;
        var failures = new List<string>();

        foreach (var (service, handler) in Handlers())
        {
            var name = $"{service.Name}.{handler.Name}";
            if (OpenToSuspended.Contains(name))
            {
                continue;
            }
            checkedHandlers++;
            await using var scope = Host.As(suspended);
            try
            {
                await (Task)handler.Invoke(scope.Get(service), handler.GetParameters().Select(Placeholder).ToArray())!;
                failures.Add($"{name} did not refuse");
            }
            catch (DomainException error) when (error.Code == DomainErrors.AccountSuspended)
            {
            }
            catch (Exception error)
            {
                failures.Add($"{name} failed with {error.GetType().Name}: {error.Message}");
            }
        }

        Assert.Empty(failures);
        Assert.True(checkedHandlers >= 40, $"only {checkedHandlers} handlers found");
    }

    [Fact]
    public void OpenToSuspended_NamesOnlyHandlersThatExist()
    {
        var names = Handlers().Select(h => $"{h.Service.Name}.{h.Handler.Name}").ToHashSet();

        Assert.Empty(OpenToSuspended.Except(names));
    }

    [Fact]
    public async Task Suspended_CanStillReadTheirDecisionAndAppeal()
    {
        var suspended = await SuspendedAsync();
        await using var scope = Host.As(suspended);
        var appeals = scope.Get<AppealsService>();

        var sanction = await appeals.MySanctionAsync();
        Assert.NotNull(sanction);
        await appeals.AppealAsync(sanction.DecisionId, "Моля, преразгледайте спирането.");

        Assert.NotNull((await appeals.FindAsync(sanction.DecisionId))!.Decision.AppealedAt);
    }

    [Fact]
    public async Task Suspension_EndsOnItsOwn()
    {
        var suspended = await SuspendedAsync(days: 1);
        await using (var scope = Host.As(suspended))
        {
            Assert.NotNull(await scope.Get<AppealsService>().MySanctionAsync());
        }

        Host.Clock.Advance(TimeSpan.FromDays(1));

        await using (var scope = Host.As(suspended))
        {
            Assert.Null(await scope.Get<AppealsService>().MySanctionAsync());
            // Past the sanction check: refused only because there is no such profile.
            var error = await Assert.ThrowsAsync<DomainException>(() => scope.Get<FlagService>().FlagAsync(new ContentKey(ItemKind.Profile, Guid.NewGuid()), FlagReason.Spam, null));
            Assert.Equal(DomainErrors.NotFound, error.Code);
        }
    }

    private async Task<TestUser> SuspendedAsync(int days = 7)
    {
        var cast = await CreateAsync(Host, flaggers: 0);
        var comment = await cast.CommentAsync(Host);
        await FlagAsync(Host, cast.FirstModerator, comment);
        await ClaimAndActAsync(Host, cast.FirstModerator, comment, new ModerationRequest(ModerationActionKind.Suspend, "Repeated", null, SuspensionDays: days));
        return cast.Author;
    }

    private static object? Placeholder(ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        if (parameter.HasDefaultValue)
        {
            return parameter.DefaultValue;
        }
        if (type.IsValueType)
        {
            return Activator.CreateInstance(type);
        }
        if (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type) && type.IsGenericType)
        {
            return Array.CreateInstance(type.GetGenericArguments()[0], 0);
        }
        return null;
    }
}
