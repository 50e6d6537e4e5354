using Dialogues.App.Features.Accounts;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Files;
using Dialogues.App.Infrastructure.Security;
using Dialogues.App.Infrastructure.Time;
using Dialogues.Domain.Monitoring;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dialogues.App.Features.Monitoring;

/// <summary>Policy monitoring: administrators define policies, indicators and rounds; residents evaluate; NGOs report.</summary>
public sealed class MonitoringService(
    IDbContextFactory<AppDbContext> databases,
    CurrentActor currentActor,
    Attachments attachments,
    IOptions<MonitoringOptions> options,
    TimeProvider clock, MunicipalCalendar calendar)
{
    private static readonly Criterion[] Criteria = Enum.GetValues<Criterion>();

    /// <summary>The policies monitored now (all of them, for administrators, when <paramref name="all"/>).</summary>
    public async Task<IReadOnlyList<PolicyCard>> ListAsync(bool all = false, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var today = calendar.Today;
        var policies = await db.MonitoredPolicies.AsNoTracking().Where(p => all || p.IsMonitored).OrderBy(p => p.Title).ToListAsync(cancellationToken);
        var ids = policies.Select(p => p.Id).ToList();
        var rounds = (await db.MonitoringRounds.AsNoTracking().Where(r => ids.Contains(r.PolicyId) && r.ClosesOn >= today).OrderBy(r => r.OpensOn).ToListAsync(cancellationToken))
            .ToLookup(r => r.PolicyId);
        var indicators = await db.Indicators.AsNoTracking().Where(i => ids.Contains(i.PolicyId)).GroupBy(i => i.PolicyId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return policies.Select(p => new PolicyCard(p.Id, p.Title, p.PolicyAreaId, p.IsMonitored,
            rounds[p.Id].FirstOrDefault(r => r.IsOpenOn(today)), rounds[p.Id].FirstOrDefault(r => r.OpensOn > today), indicators.GetValueOrDefault(p.Id))).ToList();
    }

    public async Task<PolicyDetails?> FindAsync(PolicyId id, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.FindAsync(cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var policy = await db.MonitoredPolicies.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (policy is null)
        {
            return null;
        }
        var today = calendar.Today;
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.PolicyId == id).OrderBy(i => i.Name).ToListAsync(cancellationToken);
        var rounds = await db.MonitoringRounds.AsNoTracking().Where(r => r.PolicyId == id).OrderBy(r => r.OpensOn).ToListAsync(cancellationToken);
        var results = await ResultsAsync(db, id, rounds, actor?.Id, today, cancellationToken);
        var reports = await db.MonitoringReports.AsNoTracking().Where(r => r.PolicyId == id && r.HiddenAt == null)
            .OrderByDescending(r => r.PublishedAt).Take(50).ToListAsync(cancellationToken);
        var names = await ParticipantNames.LoadAsync(db, reports.Select(r => r.AuthorId), cancellationToken);
        return new PolicyDetails(
            policy,
            indicators,
            results,
            reports.Select(r => new ReportView(r.Id, r.Title, r.Organisation, r.Summary, r.DocumentId, r.AuthorId, names.GetValueOrDefault(r.AuthorId, ""), r.PublishedAt)).ToList(),
            policy.MayRecordValues(actor),
            actor is { IsAdministrator: true });
    }

    public async Task<PolicyId> DefineAsync(PolicyDraft draft, CancellationToken cancellationToken = default)
    {
        var administrator = await currentActor.RequireRoleAsync(Role.Administrator, cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await EnsureRoomAsync(db, cancellationToken);
        var policy = MonitoredPolicy.Define(administrator, draft.Title, draft.Description, draft.Area, draft.Department, draft.Objectives, clock.GetUtcNow());
        db.MonitoredPolicies.Add(policy);
        await db.SaveChangesAsync(cancellationToken);
        return policy.Id;
    }

    public Task ChangeAsync(PolicyId id, PolicyDraft draft, CancellationToken cancellationToken = default) =>
        ChangePolicyAsync(id, (_, policy, administrator) =>
        {
            policy.Change(administrator, draft.Title, draft.Description, draft.Area, draft.Department, draft.Objectives);
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>Starts or stops monitoring a policy; only a limited number are monitored at once.</summary>
    public Task SetMonitoredAsync(PolicyId id, bool monitored, CancellationToken cancellationToken = default) =>
        ChangePolicyAsync(id, async (db, policy, administrator) =>
        {
            if (monitored && !policy.IsMonitored)
            {
                await EnsureRoomAsync(db, cancellationToken);
            }
            policy.SetMonitored(administrator, monitored);
        }, cancellationToken);

    public async Task<IndicatorId> DefineIndicatorAsync(PolicyId id, string? name, string? unit, decimal baseline, decimal target, CancellationToken cancellationToken = default)
    {
        var administrator = await currentActor.RequireRoleAsync(Role.Administrator, cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var policy = await db.MonitoredPolicies.AsNoTracking().SingleOrNotFoundAsync(p => p.Id == id, cancellationToken);
        var indicator = Indicator.Define(administrator, policy, name, unit, baseline, target);
        db.Indicators.Add(indicator);
        await db.SaveChangesAsync(cancellationToken);
        return indicator.Id;
    }

    /// <summary>An administrator or an official of the responsible department records a measured value with its source.</summary>
    public async Task RecordValueAsync(IndicatorId id, DateOnly on, decimal value, string? unit, string? source, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireAsync(cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var indicator = await db.Indicators.SingleOrNotFoundAsync(i => i.Id == id, cancellationToken);
        var policy = await db.MonitoredPolicies.AsNoTracking().SingleAsync(p => p.Id == indicator.PolicyId, cancellationToken);
        indicator.Record(actor, policy, on, value, unit, source, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<RoundId> ScheduleRoundAsync(PolicyId id, string? title, DateOnly opensOn, DateOnly closesOn, CancellationToken cancellationToken = default)
    {
        var administrator = await currentActor.RequireRoleAsync(Role.Administrator, cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var policy = await db.MonitoredPolicies.AsNoTracking().SingleOrNotFoundAsync(p => p.Id == id, cancellationToken);
        var round = MonitoringRound.Schedule(administrator, policy, title, opensOn, closesOn);
        db.MonitoringRounds.Add(round);
        await db.SaveChangesAsync(cancellationToken);
        return round.Id;
    }

    /// <summary>A resident evaluates the policy in an open round; once per round.</summary>
    public async Task EvaluateAsync(RoundId id, Scores scores, string? comment, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireToAsync(Participation.Vote, cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var round = await db.MonitoringRounds.AsNoTracking().SingleOrNotFoundAsync(r => r.Id == id, cancellationToken);
        var policy = await db.MonitoredPolicies.AsNoTracking().SingleAsync(p => p.Id == round.PolicyId, cancellationToken);
        DomainException.ThrowIf(await db.Evaluations.AnyAsync(e => e.RoundId == id && e.UserId == actor.Id, cancellationToken), DomainErrors.AlreadyEvaluated);
        var now = clock.GetUtcNow();
        db.Evaluations.Add(Evaluation.Submit(policy, round, actor, scores, comment, calendar.DateOf(now), now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException error) when (DbErrors.IsUniqueViolation(error))
        {
            // The same person's simultaneous second submission.
            throw new DomainException(DomainErrors.AlreadyEvaluated);
        }
    }

    public async Task<Guid> PublishReportAsync(PolicyId id, string? title, string? organisation, string? summary, UploadedFile? document, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireToAsync(Participation.Post, cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var policy = await db.MonitoredPolicies.AsNoTracking().SingleOrNotFoundAsync(p => p.Id == id, cancellationToken);
        var report = MonitoringReport.Publish(policy, actor, title, organisation, summary, clock.GetUtcNow());
        if (document is not null)
        {
            report.AttachDocument(await attachments.StoreAsync(actor.Id, document, cancellationToken));
        }
        db.MonitoringReports.Add(report);
        await db.SaveChangesAsync(cancellationToken);
        return report.Id;
    }

    private async Task EnsureRoomAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxMonitoredPolicies;
        DomainException.ThrowIf(await db.MonitoredPolicies.CountAsync(p => p.IsMonitored, cancellationToken) >= limit, DomainErrors.PolicyMonitoredLimit, limit);
    }

    private static async Task<IReadOnlyList<RoundResult>> ResultsAsync(AppDbContext db, PolicyId id, IReadOnlyList<MonitoringRound> rounds, UserId? reader, DateOnly today, CancellationToken cancellationToken)
    {
        var averages = await db.Evaluations.AsNoTracking().Where(e => e.PolicyId == id)
            .GroupBy(e => e.RoundId)
            .Select(g => new
            {
                Round = g.Key,
                Count = g.Count(),
                Effectiveness = g.Average(e => (double)e.Scores.Effectiveness),
                Transparency = g.Average(e => (double)e.Scores.Transparency),
                Legality = g.Average(e => (double)e.Scores.Legality),
                Accessibility = g.Average(e => (double)e.Scores.Accessibility),
            })
            .ToDictionaryAsync(a => a.Round, cancellationToken);
        var mine = reader is { } me
            ? (await db.Evaluations.AsNoTracking().Where(e => e.PolicyId == id && e.UserId == me).Select(e => e.RoundId).ToListAsync(cancellationToken)).ToHashSet()
            : [];
        // The distribution is drawn for one round, the open one or the latest: only its scores are loaded.
        var featured = rounds.LastOrDefault(r => r.IsOpenOn(today)) ?? rounds.LastOrDefault(r => averages.ContainsKey(r.Id));
        var scores = featured is null
            ? []
            : await db.Evaluations.AsNoTracking().Where(e => e.RoundId == featured.Id).Select(e => e.Scores).ToListAsync(cancellationToken);

        return rounds.Select(round =>
        {
            var average = averages.GetValueOrDefault(round.Id);
            double? Of(Criterion criterion) => average is null ? null : criterion switch
            {
                Criterion.Effectiveness => average.Effectiveness,
                Criterion.Transparency => average.Transparency,
                Criterion.Legality => average.Legality,
                _ => average.Accessibility,
            };
            IReadOnlyList<int> Distribution(Criterion criterion) => round == featured
                ? Enumerable.Range(Scores.Min, Scores.Max).Select(value => scores.Count(s => Score(s, criterion) == value)).ToList()
                : [];
            return new RoundResult(round, average?.Count ?? 0, Criteria.Select(c => new CriterionResult(c, Of(c), Distribution(c))).ToList(),
                round.IsOpenOn(today), mine.Contains(round.Id));
        }).ToList();
    }

    private static int Score(Scores scores, Criterion criterion) => criterion switch
    {
        Criterion.Effectiveness => scores.Effectiveness,
        Criterion.Transparency => scores.Transparency,
        Criterion.Legality => scores.Legality,
        _ => scores.Accessibility,
    };

    private async Task ChangePolicyAsync(PolicyId id, Func<AppDbContext, MonitoredPolicy, Actor, Task> change, CancellationToken cancellationToken)
    {
        var administrator = await currentActor.RequireRoleAsync(Role.Administrator, cancellationToken);
        await databases.ChangeAsync(
            db => db.MonitoredPolicies.SingleOrNotFoundAsync(p => p.Id == id, cancellationToken),
            (db, policy) => change(db, policy, administrator),
            cancellationToken);
    }
}
