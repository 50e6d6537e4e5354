using Dialogues.App.Features.Notifications;
using Dialogues.Domain.Notifications;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Dialogues.Tests.Features.DialogueSpaces;
using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dialogues.Tests.Features.Notifications;

/// <summary>Digests by the test clock, in Sofia time: grouped, never empty, at most one per period.</summary>
public class DigestTests : OwnHostPerTest
{
    [Fact]
    public async Task DailyDigest_GroupsWaitingNotificationsByDialogue_OncePerDay()
    {
        SetLocal(2026, 3, 10, 5, 0);
        var reader = await Host.CreateUserAsync("Читател на бюлетини");
        var official = await Host.CreateUserAsync(roles: [Role.Official]);
        var squares = await DialogueSpacesCast.OpenAsync(Host, official, "Площадът в Краево");
        var lanes = await DialogueSpacesCast.OpenAsync(Host, official, "Алеите в Боженица");
        await FollowAsync(reader, squares, lanes);
        await DialogueSpacesCast.CommentAsync(Host, await Host.CreateUserAsync(), squares, "За площада.");
        await DialogueSpacesCast.CommentAsync(Host, await Host.CreateUserAsync(), squares, "Пак за площада.");
        await DialogueSpacesCast.CommentAsync(Host, await Host.CreateUserAsync(), lanes, "За алеите.");

        SetLocal(2026, 3, 10, 6, 59);
        Assert.Equal(0, await SendDigestsAsync());

        SetLocal(2026, 3, 10, 7, 0);
        await SendDigestsAsync();
        var digest = Assert.Single(await DigestsTo(reader));
        Assert.Equal("Вашият дневен бюлетин · Диалози", digest.Subject);
        Assert.Contains("Площадът в Краево", digest.PlainText);
        Assert.Contains("Алеите в Боженица", digest.PlainText);
        Assert.True(digest.PlainText.IndexOf("Площадът в Краево", StringComparison.Ordinal) < digest.PlainText.IndexOf("Алеите в Боженица", StringComparison.Ordinal));

        // A second run, and a late one the same day, send nothing more, even with new activity.
        await SendDigestsAsync();
        await DialogueSpacesCast.CommentAsync(Host, await Host.CreateUserAsync(), lanes, "Следобеден коментар.");
        SetLocal(2026, 3, 10, 20, 0);
        await SendDigestsAsync();
        Assert.Single(await DigestsTo(reader));

        SetLocal(2026, 3, 11, 7, 5);
        await SendDigestsAsync();
        Assert.Equal(2, (await DigestsTo(reader)).Count);
    }

    [Fact]
    public async Task NothingWaiting_SendsNoDigest()
    {
        var quiet = await Host.CreateUserAsync("Без новини");
        SetLocal(2026, 4, 2, 9, 0);

        await SendDigestsAsync();

        Assert.Empty(await DigestsTo(quiet));
    }

    [Fact]
    public async Task TwoRunsAtOnce_SendOneDigest()
    {
        SetLocal(2026, 5, 4, 6, 0);
        var reader = await Host.CreateUserAsync("Двоен читател");
        var official = await Host.CreateUserAsync(roles: [Role.Official]);
        var dialogue = await DialogueSpacesCast.OpenAsync(Host, official, "Конкурентен диалог");
        await FollowAsync(reader, dialogue);
        await DialogueSpacesCast.CommentAsync(Host, await Host.CreateUserAsync(), dialogue);

        SetLocal(2026, 5, 4, 8, 0);
        await Task.WhenAll(SendDigestsAsync(), SendDigestsAsync(), SendDigestsAsync());

        Assert.Single(await DigestsTo(reader));
    }

    [Theory]
    [InlineData(2026, 3, 29)] // Clocks go forward at 03:00 (EET to EEST).
    [InlineData(2026, 10, 25)] // Clocks go back at 04:00 (EEST to EET).
    public async Task AroundDaylightSavingChanges_ExactlyOneDigestPerLocalDay(int year, int month, int day)
    {
        SetLocal(year, month, day, 0, 30);
        var reader = await Host.CreateUserAsync($"Ранобуден {month}");
        await using (var db = Host.Db())
        {
            db.DigestSettings.Add(new DigestSettings { UserId = reader.Id, Hour = 3, Weekday = DayOfWeek.Monday });
            await db.SaveChangesAsync();
        }
        var official = await Host.CreateUserAsync(roles: [Role.Official]);
        var dialogue = await DialogueSpacesCast.OpenAsync(Host, official, $"Диалог през нощта {month}");
        await FollowAsync(reader, dialogue);
        await DialogueSpacesCast.CommentAsync(Host, await Host.CreateUserAsync(), dialogue);

        // Every 20 minutes in UTC from half past midnight local time, as the job would run, for the whole day.
        var start = Host.Clock.GetUtcNow().AddMinutes(10);
        for (var step = start; step < start.AddHours(23); step = step.AddMinutes(20))
        {
            Host.Clock.Set(step);
            await SendDigestsAsync();
        }

        var digest = Assert.Single(await DigestsTo(reader));
        await using var check = Host.Db();
        var delivery = await check.DigestDeliveries.SingleAsync(d => d.UserId == reader.Id);
        Assert.Equal(new DateOnly(year, month, day), delivery.PeriodStart);
        // Sent in the first run at or after 03:00 local time (on the spring day, 03:00 itself does not exist).
        var sentLocal = Host.Calendar.ToLocal(delivery.SentAt);
        Assert.InRange(sentLocal.Hour, 3, 4);
        Assert.True(sentLocal.Hour == 3 || sentLocal.Minute < 20, $"sent at {sentLocal:HH:mm}");
        Assert.Contains($"Диалог през нощта {month}", digest.PlainText);
    }

    [Fact]
    public async Task WeeklyDigest_ArrivesOnTheChosenDay()
    {
        SetLocal(2026, 6, 1, 10, 0); // Monday
        var reader = await Host.CreateUserAsync("Седмичен читател");
        await using (var asReader = Host.As(reader))
        {
            var preferences = asReader.Get<NotificationPreferencesService>();
            var current = await preferences.GetAsync();
            var deliveries = current.Deliveries.ToDictionary();
            deliveries[NotificationKind.FollowedActivity] = Delivery.WeeklyDigest;
            await preferences.SaveAsync(deliveries, new DigestSchedule(9, DayOfWeek.Wednesday));
        }
        var official = await Host.CreateUserAsync(roles: [Role.Official]);
        var dialogue = await DialogueSpacesCast.OpenAsync(Host, official, "Седмичен диалог");
        await FollowAsync(reader, dialogue);
        await DialogueSpacesCast.CommentAsync(Host, await Host.CreateUserAsync(), dialogue);

        SetLocal(2026, 6, 2, 23, 0); // Tuesday
        await SendDigestsAsync();
        Assert.Empty(await DigestsTo(reader));

        SetLocal(2026, 6, 3, 9, 0); // Wednesday 09:00
        await SendDigestsAsync();
        Assert.Equal("Вашият седмичен бюлетин · Диалози", Assert.Single(await DigestsTo(reader)).Subject);
    }

    private void SetLocal(int year, int month, int day, int hour, int minute)
    {
        var local = new DateTime(year, month, day, hour, minute, 0);
        Host.Clock.Set(Host.Calendar.FromWallClock(local));
    }

    private async Task<int> SendDigestsAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DigestSender>().SendDueAsync();
    }

    private async Task FollowAsync(TestUser user, params Dialogues.Domain.DialogueSpaces.DialogueId[] dialogues)
    {
        await using var scope = Host.As(user);
        foreach (var dialogue in dialogues)
        {
            await scope.Get<FollowService>().FollowAsync(new FollowTarget(ItemKind.Dialogue, dialogue.Value));
        }
    }

    private async Task<List<OutboxMessage>> DigestsTo(TestUser user)
    {
        await using var db = Host.Db();
        return await db.OutboxMessages.Where(m => m.UserId == user.Id && m.NotificationId == null).OrderBy(m => m.CreatedAt).ToListAsync();
    }
}
