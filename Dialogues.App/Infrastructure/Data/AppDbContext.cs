using Dialogues.App.Infrastructure.Security;
using Dialogues.Domain.Acts;
using Dialogues.Domain.Campaigns;
using Dialogues.Domain.DialogueSpaces;
using Dialogues.Domain.Meetings;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.Monitoring;
using Dialogues.Domain.Notifications;
using Dialogues.Domain.Problems;
using Dialogues.Domain.Recommendations;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;
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

    public DbSet<Attachment> Attachments => Set<Attachment>();

    public DbSet<Dialogue> Dialogues => Set<Dialogue>();

    public DbSet<Comment> Comments => Set<Comment>();

    public DbSet<CommentVote> CommentVotes => Set<CommentVote>();

    public DbSet<Proposal> Proposals => Set<Proposal>();

    public DbSet<ProposalSupport> ProposalSupports => Set<ProposalSupport>();

    public DbSet<Scenario> Scenarios => Set<Scenario>();

    public DbSet<ScenarioVote> ScenarioVotes => Set<ScenarioVote>();

    public DbSet<ScenarioChoice> ScenarioChoices => Set<ScenarioChoice>();

    public DbSet<Follow> Follows => Set<Follow>();

    public DbSet<Recommendation> Recommendations => Set<Recommendation>();

    public DbSet<CoSignature> CoSignatures => Set<CoSignature>();

    public DbSet<Milestone> Milestones => Set<Milestone>();

    public DbSet<Evidence> Evidence => Set<Evidence>();

    public DbSet<ProgressComment> ProgressComments => Set<ProgressComment>();

    public DbSet<OutcomeRating> OutcomeRatings => Set<OutcomeRating>();

    public DbSet<AnswerTemplate> AnswerTemplates => Set<AnswerTemplate>();

    public DbSet<Flag> Flags => Set<Flag>();

    public DbSet<ModerationCase> ModerationCases => Set<ModerationCase>();

    public DbSet<ModerationDecision> ModerationDecisions => Set<ModerationDecision>();

    public DbSet<Act> Acts => Set<Act>();

    public DbSet<ActRevision> ActRevisions => Set<ActRevision>();

    public DbSet<ConsultationComment> ConsultationComments => Set<ConsultationComment>();

    public DbSet<MonitoredPolicy> MonitoredPolicies => Set<MonitoredPolicy>();

    public DbSet<Indicator> Indicators => Set<Indicator>();

    public DbSet<MonitoringRound> MonitoringRounds => Set<MonitoringRound>();

    public DbSet<Evaluation> Evaluations => Set<Evaluation>();

    public DbSet<MonitoringReport> MonitoringReports => Set<MonitoringReport>();

    public DbSet<ProblemCategory> ProblemCategories => Set<ProblemCategory>();

    public DbSet<ProblemReport> ProblemReports => Set<ProblemReport>();

    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<MeetingSignUp> MeetingSignUps => Set<MeetingSignUp>();

    public DbSet<Campaign> Campaigns => Set<Campaign>();

    public DbSet<CampaignSignature> CampaignSignatures => Set<CampaignSignature>();

    /// <summary>Events of the save in progress, held between the save and its after-commit dispatch.</summary>
    internal List<IDomainEvent> PendingEvents { get; } = [];

    // A pooled context is reused: events of a save whose transaction never committed must not leak into the next use.
    public override void Dispose()
    {
        PendingEvents.Clear();
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    public override ValueTask DisposeAsync()
    {
        PendingEvents.Clear();
        GC.SuppressFinalize(this);
        return base.DisposeAsync();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        EntityIdConventions.Apply(configurationBuilder);
        configurationBuilder.Conventions.Add(_ => new AggregateVersions.Convention());
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
