using Dialogues.App.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dialogues.App.Features.Deadlines;

/// <summary>The last number given in one series and year.</summary>
public sealed class RegistrationCounter
{
    public string Series { get; set; } = "";

    public int Year { get; set; }

    public int Last { get; set; }
}

internal sealed class RegistrationCounterConfiguration : IEntityTypeConfiguration<RegistrationCounter>
{
    public void Configure(EntityTypeBuilder<RegistrationCounter> entity)
    {
        entity.ToTable("RegistrationCounters");
        entity.HasKey(c => new { c.Series, c.Year });
        entity.Property(c => c.Series).HasMaxLength(10);
    }
}

/// <summary>
/// The one way every numbered kind (recommendations per year, problem reports in one running count) gets its
/// numbers: without gaps per series and year. The increment is the first statement of the caller's transaction, so
/// concurrent registrations queue on it, and a registration that rolls back takes its number back with it.
/// </summary>
public static class RegistrationNumbers
{
    /// <summary>The "year" of a series that is never restarted.</summary>
    public const int Running = 0;

    /// <summary>Records numbers given in bulk (demo data), so the next one given follows them.</summary>
    public static void Continue(AppDbContext db, string series, int year, int last) =>
        db.Set<RegistrationCounter>().Add(new RegistrationCounter { Series = series, Year = year, Last = last });

    /// <summary>Call inside a transaction, before anything else in it.</summary>
    public static async Task<int> NextAsync(AppDbContext db, string series, int year, CancellationToken cancellationToken)
    {
        var updated = await db.Set<RegistrationCounter>()
            .Where(c => c.Series == series && c.Year == year)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Last, c => c.Last + 1), cancellationToken);
        if (updated == 0)
        {
            // First number of the year; if another registration creates the row at the same moment, the
            // unique key refuses ours and the caller retries.
            db.Set<RegistrationCounter>().Add(new RegistrationCounter { Series = series, Year = year, Last = 1 });
            await db.SaveChangesAsync(cancellationToken);
            return 1;
        }
        return await db.Set<RegistrationCounter>().Where(c => c.Series == series && c.Year == year).Select(c => c.Last).SingleAsync(cancellationToken);
    }
}
