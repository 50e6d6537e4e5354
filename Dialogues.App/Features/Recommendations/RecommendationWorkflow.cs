using Dialogues.App.Features.Deadlines;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Files;
using Dialogues.App.Infrastructure.Security;
using Dialogues.App.Infrastructure.Time;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Recommendations;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dialogues.App.Features.Recommendations;

/// <summary>One line of an official's inbox.</summary>
public sealed record InboxRow(RecommendationRow Item, int? DaysRemaining)
{
    public bool IsOverdue => DaysRemaining < 0;

    public bool IsDueSoon => DaysRemaining is >= 0 and <= 14;
}

public sealed record InboxFilter(RecommendationStatus? Status = null, PolicyAreaId? PolicyArea = null, bool UnassignedOnly = false);

/// <summary>The administration's side: screening, registering, routing, deciding, extending, and implementing.</summary>
public sealed class RecommendationWorkflow(
    IDbContextFactory<AppDbContext> databases,
    CurrentActor currentActor,
    Attachments attachments,
    IOptions<RecommendationOptions> options,
    TimeProvider clock, MunicipalCalendar calendar)
{
    public async Task<Page<RecommendationRow>> ScreeningQueueAsync(int skip, int take, CancellationToken cancellationToken = default)
    {
        await currentActor.RequireRoleAsync(Role.Moderator, cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var submitted = db.Recommendations.AsNoTracking().Where(r => r.Status == RecommendationStatus.Submitted).OrderBy(r => r.SubmittedAt);
        return await submitted.Select(r => new RecommendationRow(r.Id, "", r.Title, r.PolicyAreaId, null, r.Status, null, null, false, null, null, 0))
            .ToPageAsync(skip, take, cancellationToken);
    }

    /// <summary>
    /// Registers with the next number of the year. The number is taken first in the transaction and returned with
    /// it on failure, so numbers have no gaps even when registrations run at the same moment.
    /// </summary>
    public async Task<RegistrationNumber> RegisterAsync(RecommendationId id, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireRoleAsync(Role.Moderator, cancellationToken);
        // Two first registrations of a year racing to create the counter, or another moderator registering or
        // refusing it meanwhile: the next try meets the fresh state (and, in the second case, is refused).
        RegistrationNumber? registered = null;
        await OptimisticRetry.RunAsync(databases, db => db.InTransactionAsync(async () =>
        {
            var now = clock.GetUtcNow();
            var today = calendar.DateOf(now);
            var sequence = await RegistrationNumbers.NextAsync(db, Recommendation.Series, today.Year, cancellationToken);
            var recommendation = await db.Recommendations.SingleOrNotFoundAsync(r => r.Id == id, cancellationToken);
            var number = new RegistrationNumber(Recommendation.Series, today.Year, sequence);
            recommendation.Register(actor, number, today, options.Value.AnswerMonths, now);
            await db.SaveChangesAsync(cancellationToken);
            registered = number;
        }, cancellationToken), DomainErrors.ChangedMeanwhile, null, cancellationToken);
        return registered!;
    }

    public Task RefuseAsync(RecommendationId id, string? reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, Role.Moderator, (r, actor, now) => r.RefuseRegistration(actor, reason, now), cancellationToken);

    public Task AssignAsync(RecommendationId id, DepartmentId department, string? note, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, null, (r, actor, now) => r.AssignTo(actor, department, note, now), cancellationToken);

    public Task DecideAsync(RecommendationId id, DecisionOutcome? outcome, string? reasoning, string? forwardedTo, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, null, (r, actor, now) => r.Decide(actor, outcome, reasoning, forwardedTo, calendar.DateOf(now), now), cancellationToken);

    public Task ExtendAsync(RecommendationId id, DateOnly newDueDate, string? reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, null, (r, actor, now) => r.ExtendDeadline(actor, newDueDate, reason, options.Value.MaxTotalMonths, now), cancellationToken);

    /// <summary>An official records that the decision reached the submitter by another channel (a letter, in person).</summary>
    public Task RecordCommunicationAsync(RecommendationId id, string? note, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, null, (r, actor, now) =>
        {
            DomainException.ThrowIf(r.Decision is null || !actor.IsOfficialOf(r.Decision.Department) && !actor.IsAdministrator, DomainErrors.RecommendationOtherDepartment);
            r.RecordCommunication(now, Text.Required(note, 3, 500, DomainErrors.RecommendationNoteLength));
        }, cancellationToken);

    public async Task<IReadOnlyList<InboxRow>> InboxAsync(InboxFilter filter, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireAsync(cancellationToken);
        DomainException.ThrowIf(!actor.IsOfficial && !actor.IsAdministrator, DomainErrors.Forbidden);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var query = db.Recommendations.AsNoTracking().Where(r => r.HiddenAt == null);
        if (filter.UnassignedOnly)
        {
            query = query.Where(r => r.Status == RecommendationStatus.Registered);
        }
        else if (actor.IsOfficial)
        {
            var department = actor.DepartmentId!.Value;
            query = query.Where(r => r.DepartmentId == department && (r.Status == RecommendationStatus.Assigned || r.Status == RecommendationStatus.Implementing
                || (r.Decision != null && r.CommunicatedAt == null)));
        }
        else
        {
            query = query.Where(r => r.Status == RecommendationStatus.Registered || r.Status == RecommendationStatus.Assigned);
        }
        if (filter.Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }
        if (filter.PolicyArea is { } area)
        {
            query = query.Where(r => r.PolicyAreaId == area);
        }
        var today = calendar.Today;
        var rows = await query.OrderBy(r => r.Deadline!.DueDate)
            .Select(r => new RecommendationRow(r.Id, r.Number!.Series + "-" + r.Number.Year + "-" + r.Number.Sequence, r.Title, r.PolicyAreaId, r.DepartmentId, r.Status,
                r.RegisteredAt, r.Deadline!.DueDate, r.Deadline.ExtendedAt != null, r.Decision == null ? null : r.Decision.Outcome,
                r.Decision == null ? null : r.Decision.DecisionDate, db.CoSignatures.Count(s => s.RecommendationId == r.Id)))
            .Take(500)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new InboxRow(r, r.DaysRemaining(today))).ToList();
    }

    public async Task<IReadOnlyList<AnswerTemplate>> TemplatesAsync(CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireRoleAsync(Role.Official, cancellationToken);
        if (actor.DepartmentId is not { } department)
        {
            return [];
        }
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.AnswerTemplates.AsNoTracking().Where(t => t.DepartmentId == department).OrderBy(t => t.Title).ToListAsync(cancellationToken);
    }

    public async Task SaveTemplateAsync(Guid? id, string? title, DecisionOutcome? outcome, string? text, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireRoleAsync(Role.Official, cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        if (id is null)
        {
            db.AnswerTemplates.Add(AnswerTemplate.Create(actor, title, outcome, text, now));
        }
        else
        {
            var template = await db.AnswerTemplates.SingleOrNotFoundAsync(t => t.Id == id, cancellationToken);
            template.Change(actor, title, outcome, text, now);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task DeleteTemplateAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireRoleAsync(Role.Official, cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var template = await db.AnswerTemplates.SingleOrNotFoundAsync(t => t.Id == id, cancellationToken);
        DomainException.ThrowIf(!actor.IsOfficialOf(template.DepartmentId), DomainErrors.RecommendationOtherDepartment);
        db.AnswerTemplates.Remove(template);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task PlanMilestoneAsync(RecommendationId id, string? title, DateOnly dueDate, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireAsync(cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var recommendation = await RecommendationsService.VisibleAsync(db, id, actor, cancellationToken);
        db.Milestones.Add(Milestone.Plan(recommendation, actor, title, dueDate));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task CompleteMilestoneAsync(MilestoneId milestoneId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireAsync(cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var milestone = await db.Milestones.SingleOrNotFoundAsync(m => m.Id == milestoneId, cancellationToken);
        var recommendation = await RecommendationsService.VisibleAsync(db, milestone.RecommendationId, actor, cancellationToken);
        milestone.Complete(recommendation, actor, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task AddEvidenceAsync(RecommendationId id, string? text, IReadOnlyList<UploadedFile> files, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireAsync(cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var recommendation = await RecommendationsService.VisibleAsync(db, id, actor, cancellationToken);
        var evidence = Evidence.Add(recommendation, actor, text, clock.GetUtcNow());
        foreach (var file in files)
        {
            evidence.Attach(await attachments.StoreAsync(actor.Id, file, cancellationToken));
        }
        db.Evidence.Add(evidence);
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task ReportProgressAsync(RecommendationId id, int percent, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, null, (r, actor, _) => r.ReportProgress(actor, percent), cancellationToken);

    public Task CompleteImplementationAsync(RecommendationId id, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, null, (r, actor, now) => r.CompleteImplementation(actor, now), cancellationToken);

    /// <summary>Loads, changes and saves; tried again on fresh state when another step landed meanwhile.</summary>
    private async Task ChangeAsync(RecommendationId id, string? role, Action<Recommendation, Actor, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        var actor = role is null ? await currentActor.RequireAsync(cancellationToken) : await currentActor.RequireRoleAsync(role, cancellationToken);
        await databases.ChangeAsync(
            db => RecommendationsService.VisibleAsync(db, id, actor, cancellationToken, track: true),
            recommendation => change(recommendation, actor, clock.GetUtcNow()),
            cancellationToken);
    }
}
