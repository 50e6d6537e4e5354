using Dialogues.App.Features.Accounts;
using Dialogues.Domain.ReferenceData;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Infrastructure.Data;

/// <summary>
/// The app's one database. Provider-specific subclasses (<see cref="SqliteAppDbContext"/>,
/// <see cref="SqlServerAppDbContext"/>) exist only so each provider keeps its own migrations.
/// </summary>
public abstract class AppDbContext(DbContextOptions options)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options)
{
    public DbSet<Settlement> Settlements => Set<Settlement>();

    public DbSet<PolicyArea> PolicyAreas => Set<PolicyArea>();

    public DbSet<Department> Departments => Set<Department>();

    public DbSet<UserPolicyInterest> UserPolicyInterests => Set<UserPolicyInterest>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        EntityIdConventions.Apply(configurationBuilder);
    }
}

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite has no date-time type: store UTC ticks so ordering and comparison happen in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
    }
}

public sealed class SqlServerAppDbContext(DbContextOptions<SqlServerAppDbContext> options) : AppDbContext(options);
