using System.ComponentModel.DataAnnotations;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Email;
using Dialogues.App.Infrastructure.Events;
using Dialogues.App.Infrastructure.Jobs;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dialogues.App.Features.Notifications;

public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Wait after the first failure; it doubles with every further failure.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a sender may hold a message before another sender may try it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    [Range(1, 1000)]
    public int BatchSize { get; set; } = 50;
}

/// <summary>
/// Sends due outbox emails. A message is first claimed with a conditional update, so two senders (two job runs,
/// two servers) never both send it; a failure is retried with a doubling delay and given up after the last try.
/// </summary>
public sealed partial class OutboxSender(
    IDbContextFactory<AppDbContext> databases,
    IEmailSender sender,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxSender> logger)
{
    /// <summary>Sends what is due now; returns how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var due = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.SentAt == null && m.FailedAt == null && m.CancelledAt == null && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.CreatedAt)
            .Select(m => m.Id)
            .Take(settings.BatchSize)
            .ToListAsync(cancellationToken);

        var sent = 0;
        foreach (var id in due)
        {
            var token = Guid.NewGuid();
            var lease = now + settings.Lease;
            var claimed = await db.OutboxMessages
                .Where(m => m.Id == id && m.SentAt == null && m.FailedAt == null && m.CancelledAt == null && (m.LockedUntil == null || m.LockedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, lease).SetProperty(m => m.LockToken, token), cancellationToken);
            if (claimed == 1 && await SendClaimedAsync(db, id, token, cancellationToken))
            {
                sent++;
            }
        }
        return sent;
    }

    private async Task<bool> SendClaimedAsync(AppDbContext db, Guid id, Guid token, CancellationToken cancellationToken)
    {
        var message = await db.OutboxMessages.SingleAsync(m => m.Id == id && m.LockToken == token, cancellationToken);
        var now = clock.GetUtcNow();
        var stillWanted = await db.Users.AnyAsync(u => u.Id == message.UserId.Value && u.DeletedAt == null && u.DisabledAt == null, cancellationToken)
            && (message.NotificationId is not { } notification || await db.Notifications.AnyAsync(n => n.Id == notification && n.HiddenAt == null, cancellationToken));
        var sent = false;
        if (!stillWanted)
        {
            message.CancelledAt = now;
        }
        else
        {
            try
            {
                await sender.SendAsync(new EmailMessage(message.To, message.Subject, message.PlainText, message.Html), cancellationToken);
                message.SentAt = now;
                sent = true;
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                var gaveUp = message.Attempts + 1 >= options.Value.MaxAttempts;
                message.LastError = Truncate($"{error.GetType().Name}: {error.Message}");
                message.NextAttemptAt = now + options.Value.RetryDelay * Math.Pow(2, message.Attempts);
                message.FailedAt = gaveUp ? now : null;
                LogSendFailed(logger, id, message.Attempts + 1, gaveUp);
            }
            message.Attempts++;
        }
        message.LockedUntil = null;
        message.LockToken = null;
        try
        {
            // The lock token is a concurrency token: if our lease ran out and another sender took over, it owns the row.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
        }
        return sent;
    }

    private static string Truncate(string value) => value.Length <= 1000 ? value : value[..1000];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending outbox message {MessageId} failed (attempt {Attempt}, given up: {GaveUp})")]
    private static partial void LogSendFailed(ILogger logger, Guid messageId, int attempt, bool gaveUp);
}

/// <summary>The scheduled sender: picks up retries and anything the immediate send missed.</summary>
internal sealed class OutboxJob(OutboxSender sender) : IRecurringJob
{
    public Task RunAsync(CancellationToken cancellationToken) => sender.SendDueAsync(cancellationToken);
}

/// <summary>After a commit that queued emails, sends them right away instead of waiting for the job.</summary>
internal sealed class OutboxKick(IServiceScopeFactory scopes) : IAfterCommitHandler, IDisposable
{
    public void Dispose() => _running.Dispose();

    public AfterCommitStage Stage => AfterCommitStage.Outbox;

    private readonly SemaphoreSlim _running = new(1, 1);
    private int _requested;

    public void AfterCommit(IReadOnlyList<IDomainEvent> events)
    {
        if (!events.OfType<NotificationsArrived>().Any())
        {
            return;
        }
        Interlocked.Exchange(ref _requested, 1);
        _ = Task.Run(DrainAsync);
    }

    private async Task DrainAsync()
    {
        if (!await _running.WaitAsync(0))
        {
            return; // The running drain will see the request.
        }
        try
        {
            while (Interlocked.Exchange(ref _requested, 0) == 1)
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync();
            }
        }
        catch (Exception)
        {
            // The scheduled job retries whatever this missed; failures per message are recorded on the message.
        }
        finally
        {
            _running.Release();
        }
    }
}
