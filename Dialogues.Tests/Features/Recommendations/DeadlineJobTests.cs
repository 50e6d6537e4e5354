using Dialogues.App.Features.Deadlines;
using Dialogues.App.Features.Notifications;
using Dialogues.App.Infrastructure.Jobs;
using Dialogues.Domain.Deadlines;
using Dialogues.Domain.Notifications;
using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dialogues.Tests.Features.Recommendations;

/// <summary>The reminder job with the test clock: each reminder once, however often and wherever the job runs.</summary>
public class DeadlineJobTests : OwnHostPerTest
{
    [Fact]
    public async Task RemindersAcrossTheTerm_AreEachSentOnce_EvenWhenTheJobRunsTwiceAndOnTwoServers()
    {
        var cast = await RecommendationsCast.CreateAsync(Host);
        var id = await cast.AssignedAsync(Host, "Пътека към гарата");
        var due = await DueDateAsync(id);

        foreach (var day in new[] { -20, -14, -10, -3, -1 })
        {
            SetLocalNoon(due.AddDays(day));
            await RunTwiceConcurrentlyAsync();
            await RunAsync();
        }

        Assert.Equal(
            [DeadlineReminderKind.DueInFourteenDays, DeadlineReminderKind.DueInThreeDays],
            (await RemindersAsync(id)).Select(r => r.Kind).Order());
        var notifications = await NotificationsAsync(cast.Official, id);
        Assert.Equal(2, notifications.Count);
        Assert.All(notifications, n => Assert.Equal(NotificationKind.Deadlines, n.Kind));
    }

    [Fact]
    public async Task TwoServersOnOneDatabase_SendEachReminderOnce()
    {
        var cast = await RecommendationsCast.CreateAsync(Host);
        var id = await cast.AssignedAsync(Host, "Два сървъра, едно напомняне");
        var due = await DueDateAsync(id);
        var second = new SecondServer(Host);
        await second.InitializeAsync();
        try
        {
            SetLocalNoon(due.AddDays(-3));
            second.Clock.Set(Host.Clock.GetUtcNow());

            await Task.WhenAll(RunAsync(), RunOnAsync(second), RunAsync(), RunOnAsync(second));

            Assert.Single(await RemindersAsync(id));
            Assert.Single(await NotificationsAsync(cast.Official, id));
        }
        finally
        {
            await second.DisposeAsync();
        }
    }

    [Fact]
    public async Task PassingTheDeadline_MarksOverdue_AndEscalatesOncePerDay()
    {
        var cast = await RecommendationsCast.CreateAsync(Host);
        var id = await cast.AssignedAsync(Host, "Дупки по пътя за Трудовец");
        var due = await DueDateAsync(id);

        SetLocalNoon(due);
        await RunAsync();
        await using (var db = Host.Db())
        {
            Assert.Null((await db.Recommendations.SingleAsync(r => r.Id == id)).OverdueSince);
        }

        SetLocalNoon(due.AddDays(1));
        await RunTwiceConcurrentlyAsync();
        await using (var db = Host.Db())
        {
            Assert.NotNull((await db.Recommendations.SingleAsync(r => r.Id == id)).OverdueSince);
        }
        SetLocalNoon(due.AddDays(2));
        await RunAsync();
        await RunAsync();

        var reminders = await RemindersAsync(id);
        Assert.Single(reminders, r => r.Kind == DeadlineReminderKind.Overdue);
        Assert.Equal(2, reminders.Count(r => r.Kind == DeadlineReminderKind.Escalation));
        var escalations = (await NotificationsAsync(cast.Head, id)).Where(n => n.Template == "Deadline.Escalation").ToList();
        Assert.Equal(2, escalations.Count);
        Assert.Equal(2, (await NotificationsAsync(cast.Administrator, id)).Count(n => n.Template == "Deadline.Escalation"));
        Assert.DoesNotContain(await NotificationsAsync(cast.Official, id), n => n.Template == "Deadline.Escalation");
    }

    [Fact]
    public async Task DecisionNotDeliveredInSevenDays_RemindsTheDepartmentOnce()
    {
        var cast = await RecommendationsCast.CreateAsync(Host);
        var id = await cast.AssignedAsync(Host, "Решение без доставка");
        await using (var db = Host.Db())
        {
            // The submitter's account lost its email confirmation, so nothing can be delivered to them.
            await db.Users.Where(u => u.Id == cast.Resident.Id.Value).ExecuteUpdateAsync(s => s.SetProperty(u => u.EmailConfirmed, false));
        }
        await using (var scope = Host.As(cast.Official))
        {
            await scope.Get<Dialogues.App.Features.Recommendations.RecommendationWorkflow>().DecideAsync(id, Dialogues.Domain.Recommendations.DecisionOutcome.Rejected, "Мярката не е в правомощията на общината.", null);
        }

        Host.Clock.Advance(TimeSpan.FromDays(8));
        await RunAsync();
        await RunAsync();

        Assert.Single(await RemindersAsync(id), r => r.Kind == DeadlineReminderKind.NotCommunicated);
        Assert.Single(await NotificationsAsync(cast.Official, id), n => n.Template == "Deadline.NotCommunicated");
    }

    [Fact]
    public async Task DeliveredDecision_IsRecordedAsCommunicated()
    {
        var cast = await RecommendationsCast.CreateAsync(Host);
        var id = await cast.AssignedAsync(Host, "Решение, доставено по имейл");
        await using (var scope = Host.As(cast.Official))
        {
            await scope.Get<Dialogues.App.Features.Recommendations.RecommendationWorkflow>().DecideAsync(id, Dialogues.Domain.Recommendations.DecisionOutcome.Accepted, "Приемаме и включваме в плана за годината.", null);
        }
        await DecisionEmailDeliveredAsync(id, cast.Resident);

        await RunAsync();

        await using var db = Host.Db();
        Assert.NotNull((await db.Recommendations.SingleAsync(r => r.Id == id)).CommunicatedAt);
        Assert.Contains(MailPickup.Read(Host.MailFolder), m => m.To.Contains(cast.Resident.Email) && m.Subject.Contains("е приета"));
    }

    // The commit sends the email at once in the background; wait for that send to be recorded, not for a timer (and
    // for the decision's email itself: the submitter's earlier emails, of registration and assignment, may land first).
    private Task DecisionEmailDeliveredAsync(Dialogues.Domain.Recommendations.RecommendationId id, TestUser submitter) =>
        Eventually.True(async () =>
        {
            await using var db = Host.Db();
            return await (
                from notification in db.Notifications
                where notification.SubjectId == id.Value && notification.UserId == submitter.Id && notification.Template.StartsWith("Recommendation.Decided")
                join message in db.OutboxMessages on notification.Id equals message.NotificationId
                where message.SentAt != null
                select message.Id).AnyAsync();
        }, "The decision email was never delivered");

    private async Task<DateOnly> DueDateAsync(Dialogues.Domain.Recommendations.RecommendationId id)
    {
        await using var db = Host.Db();
        return (await db.Recommendations.SingleAsync(r => r.Id == id)).Deadline!.DueDate;
    }

    private void SetLocalNoon(DateOnly day)
    {
        var local = day.ToDateTime(new TimeOnly(12, 0));
        Host.Clock.Set(Host.Calendar.FromWallClock(local));
    }

    private Task RunAsync() => RunOnAsync(Host);

    private static async Task RunOnAsync(AppHost server)
    {
        await using var scope = server.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<JobScheduler>().RunNowAsync("deadlines");
    }

    private Task RunTwiceConcurrentlyAsync() => Task.WhenAll(RunAsync(), RunAsync());

    private async Task<List<DeadlineReminder>> RemindersAsync(Dialogues.Domain.Recommendations.RecommendationId id)
    {
        await using var db = Host.Db();
        return await db.Set<DeadlineReminder>().Where(r => r.ItemId == id.Value).ToListAsync();
    }

    private async Task<List<Dialogues.App.Features.Notifications.Notification>> NotificationsAsync(TestUser user, Dialogues.Domain.Recommendations.RecommendationId id)
    {
        await using var db = Host.Db();
        return await db.Notifications.Where(n => n.UserId == user.Id && n.SubjectId == id.Value && n.Template.StartsWith("Deadline.")).ToListAsync();
    }
}
