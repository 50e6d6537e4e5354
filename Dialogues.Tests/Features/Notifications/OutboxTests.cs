using Dialogues.App.Features.Notifications;
using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dialogues.Tests.Features.Notifications;

/// <summary>Outbox messages queued straight into the table, sent by the real sender through the real SMTP client.</summary>
internal static class Outbox
{
    public static async Task<IReadOnlyList<Guid>> QueueAsync(AppHost host, TestUser recipient, int count)
    {
        await using var db = host.Db();
        var messages = Enumerable.Range(0, count).Select(i => new OutboxMessage
        {
            UserId = recipient.Id,
            To = recipient.Email,
            Subject = $"Съобщение {i}",
            PlainText = $"Текст {i}",
            Html = $"<p>Текст {i}</p>",
            CreatedAt = host.Clock.GetUtcNow(),
            NextAttemptAt = host.Clock.GetUtcNow(),
        }).ToList();
        db.OutboxMessages.AddRange(messages);
        await db.SaveChangesAsync();
        return messages.Select(m => m.Id).ToList();
    }

    public static async Task<int> SendAsync(AppHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync();
    }
}

public class OutboxTests(AppHost host) : IClassFixture<AppHost>
{
    [Fact]
    public async Task TwoSendersAtOnce_SendEachMessageExactlyOnce()
    {
        var recipient = await host.CreateUserAsync();
        var queued = await Outbox.QueueAsync(host, recipient, 30);

        var counts = await Task.WhenAll(Outbox.SendAsync(host), Outbox.SendAsync(host), Outbox.SendAsync(host));

        Assert.Equal(30, counts.Sum());
        Assert.Equal(30, MailPickup.Read(host.MailFolder).Count(m => m.To.Contains(recipient.Email)));
        await using var db = host.Db();
        Assert.All(await db.OutboxMessages.Where(m => queued.Contains(m.Id)).ToListAsync(), m =>
        {
            Assert.NotNull(m.SentAt);
            Assert.Equal(1, m.Attempts);
            Assert.Null(m.LockToken);
        });
        Assert.Equal(0, await Outbox.SendAsync(host));
    }

    [Fact]
    public async Task MessageToAnErasedAccount_IsCancelled()
    {
        var recipient = await host.CreateUserAsync();
        var queued = await Outbox.QueueAsync(host, recipient, 1);
        await using (var db = host.Db())
        {
            await db.Users.Where(u => u.Id == recipient.Id.Value).ExecuteUpdateAsync(s => s.SetProperty(u => u.DeletedAt, host.Clock.GetUtcNow()));
        }

        await Outbox.SendAsync(host);

        await using var check = host.Db();
        var message = await check.OutboxMessages.SingleAsync(m => m.Id == queued[0]);
        Assert.NotNull(message.CancelledAt);
        Assert.Null(message.SentAt);
        Assert.DoesNotContain(MailPickup.Read(host.MailFolder), m => m.To.Contains(recipient.Email));
    }
}

public class OutboxRetryTests(FailingSmtpHost host) : IClassFixture<FailingSmtpHost>
{
    [Fact]
    public async Task FailedSend_IsRetriedWithGrowingDelays_ThenMarkedFailed()
    {
        var recipient = await host.CreateUserAsync();
        var id = (await Outbox.QueueAsync(host, recipient, 1))[0];

        await Outbox.SendAsync(host);
        var first = await Message(id);
        Assert.Equal(1, first.Attempts);
        Assert.Null(first.FailedAt);
        Assert.Equal(host.Clock.GetUtcNow() + TimeSpan.FromMinutes(1), first.NextAttemptAt);
        Assert.NotNull(first.LastError);

        await Outbox.SendAsync(host);
        Assert.Equal(1, (await Message(id)).Attempts);

        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await Outbox.SendAsync(host);
        var second = await Message(id);
        Assert.Equal(2, second.Attempts);
        Assert.Equal(host.Clock.GetUtcNow() + TimeSpan.FromMinutes(2), second.NextAttemptAt);

        host.Clock.Advance(TimeSpan.FromMinutes(2));
        await Outbox.SendAsync(host);
        var last = await Message(id);
        Assert.Equal(3, last.Attempts);
        Assert.NotNull(last.FailedAt);
        Assert.Null(last.SentAt);

        host.Clock.Advance(TimeSpan.FromHours(1));
        await Outbox.SendAsync(host);
        Assert.Equal(3, (await Message(id)).Attempts);
    }

    private async Task<OutboxMessage> Message(Guid id)
    {
        await using var db = host.Db();
        return await db.OutboxMessages.SingleAsync(m => m.Id == id);
    }
}
