using Dialogues.App.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Infrastructure.Jobs;

/// <summary>One run of a scheduled job, kept so administrators can see what ran and what failed.</summary>
public sealed class JobRun
{
    public long Id { get; set; }

    public string JobName { get; set; } = "";

    public int Attempt { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public bool? Succeeded { get; set; }

    /// <summary>The exception's type and message; never personal data or stack traces.</summary>
    public string? Error { get; set; }
}

internal sealed class JobRunRecorder(IDbContextFactory<AppDbContext> databases, TimeProvider clock)
{
    private static readonly TimeSpan Kept = TimeSpan.FromDays(30);

    public async Task<long> StartedAsync(string job, int attempt, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var run = new JobRun { JobName = job, Attempt = attempt, StartedAt = clock.GetUtcNow() };
        db.JobRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        var old = clock.GetUtcNow() - Kept;
        await db.JobRuns.Where(r => r.JobName == job && r.StartedAt < old).ExecuteDeleteAsync(cancellationToken);
        return run.Id;
    }

    public async Task FinishedAsync(long runId, Exception? error, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var message = error is null ? null : $"{error.GetType().Name}: {error.Message}";
        if (message is { Length: > 1000 })
        {
            message = message[..1000];
        }
        var succeeded = error is null;
        await db.JobRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.FinishedAt, clock.GetUtcNow())
            .SetProperty(r => r.Succeeded, succeeded)
            .SetProperty(r => r.Error, message), cancellationToken);
    }
}

internal sealed class JobRunConfiguration : Microsoft.EntityFrameworkCore.IEntityTypeConfiguration<JobRun>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<JobRun> entity)
    {
        entity.ToTable("JobRuns");
        entity.HasKey(r => r.Id);
        entity.Property(r => r.JobName).HasMaxLength(100);
        entity.Property(r => r.Error).HasMaxLength(1000);
        entity.HasIndex(r => new { r.JobName, r.StartedAt });
    }
}
