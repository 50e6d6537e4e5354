using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.DialogueSpaces;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Files;
using Dialogues.App.Infrastructure.Localization;
using Dialogues.App.Infrastructure.Security;
using Dialogues.App.Infrastructure.Time;
using Dialogues.Domain.Acts;
using Dialogues.Domain.DialogueSpaces;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Recommendations;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dialogues.App.Features.Recommendations;

public sealed record RecommendationDraft(
    string? Title,
    string? Text,
    PolicyAreaId? PolicyArea,
    SettlementId? Settlement,
    DialogueId? SourceDialogue,
    ProposalId? SourceProposal,
    bool ShowName);

/// <summary>Recommendations as residents meet them: sending, the public register, signing, following the implementation.</summary>
public sealed class RecommendationsService(
    IDbContextFactory<AppDbContext> databases,
    CurrentActor currentActor,
    Attachments attachments,
    IStringLocalizer<RecommendationText> texts,
    TimeProvider clock, MunicipalCalendar calendar)
{
    /// <param name="submission">The form's own id for what it creates: sending the same form again (a double click)
    /// finds the recommendation it made instead of registering a twin.</param>
    public async Task<RecommendationId> SubmitAsync(RecommendationDraft draft, IReadOnlyList<UploadedFile> files, Guid? submission = null, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireToAsync(Participation.Post, cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var id = new RecommendationId(submission ?? Guid.NewGuid());
        if (await db.Recommendations.AnyAsync(r => r.Id == id && r.SubmittedBy == actor.Id, cancellationToken))
        {
            return id;
        }
        if (draft.SourceDialogue is { } source)
        {
            await DiscussionService.VisibleDialogueAsync(db, source, actor, cancellationToken);
        }
        DomainException.ThrowIf(draft.SourceProposal is { } proposal && !await db.Proposals.AnyAsync(p => p.Id == proposal && p.DialogueId == draft.SourceDialogue, cancellationToken), DomainErrors.NotFound);
        DomainException.ThrowIf(files.Count > Recommendation.MaxAttachments, DomainErrors.RecommendationTooManyAttachments, Recommendation.MaxAttachments);
        // The area is asked, never assumed, and must be one the municipality lists.
        var area = draft.PolicyArea is { } chosen && await db.PolicyAreas.AnyAsync(a => a.Id == chosen, cancellationToken)
            ? chosen
            : throw new DomainException(DomainErrors.RecommendationPolicyAreaRequired);
        var recommendation = Recommendation.Submit(actor, draft.Title, draft.Text, area, draft.Settlement, draft.SourceDialogue, draft.SourceProposal, draft.ShowName, clock.GetUtcNow(), id);
        foreach (var file in files)
        {
            recommendation.Attach(await attachments.StoreAsync(actor.Id, file, cancellationToken));
        }
        db.Recommendations.Add(recommendation);
        await db.SaveOncePerPersonAsync(cancellationToken);
        return recommendation.Id;
    }

    /// <summary>
    /// A legality concern about a published act: it enters the recommendation workflow (screening, registration,
    /// the two-month answer). Its title names the act, in the platform's language, as the public register shows it.
    /// </summary>
    public async Task<RecommendationId> RaiseLegalityConcernAsync(ActId actId, string? article, string? text, bool showName, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireToAsync(Participation.Post, cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var act = await db.Acts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == actId && a.PublishedAt != null, cancellationToken)
            ?? throw new DomainException(DomainErrors.NotFound);
        string title;
        using (CultureScope.Use(Cultures.Bulgarian))
        {
            title = texts["Concern.Title", act.Number, act.Title].Value;
        }
        var concern = Recommendation.RaiseLegalityConcern(actor, act, title.Length > Recommendation.TitleMax ? title[..(Recommendation.TitleMax - 1)] + "…" : title,
            article, text, showName, clock.GetUtcNow());
        db.Recommendations.Add(concern);
        await db.SaveChangesAsync(cancellationToken);
        return concern.Id;
    }

    /// <summary>The recommendation if the reader may see it: the public once registered, the submitter and staff always.</summary>
    public async Task<RecommendationDetails?> FindAsync(RecommendationId id, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.FindAsync(cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var recommendation = await db.Recommendations.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (recommendation is null || !CanSee(recommendation, actor))
        {
            return null;
        }
        var me = actor?.Id;
        var isMine = me == recommendation.SubmittedBy;
        var submitter = recommendation.ShowSubmitterName || isMine || actor is { IsStaff: true }
            ? (await ParticipantNames.LoadAsync(db, [recommendation.SubmittedBy], cancellationToken)).GetValueOrDefault(recommendation.SubmittedBy)
            : null;
        var coSigners = await db.CoSignatures.CountAsync(s => s.RecommendationId == id, cancellationToken);
        var signed = me is { } user && await db.CoSignatures.AnyAsync(s => s.RecommendationId == id && s.UserId == user, cancellationToken);
        var implementation = await ImplementationAsync(db, recommendation, me, cancellationToken);
        var files = await attachments.FindAsync(recommendation.Attachments, cancellationToken);
        var department = recommendation.DepartmentId;
        var can = new Permissions(
            CoSign: actor is not null && !isMine && !signed && recommendation.IsPublic && recommendation.IsOpen,
            Screen: actor is { IsModerator: true } && recommendation.Status == RecommendationStatus.Submitted,
            Assign: actor is not null && (actor.IsAdministrator || actor.IsDepartmentHead) && recommendation.IsOpen,
            Decide: actor is not null && department is { } d && actor.IsOfficialOf(d) && recommendation.Status == RecommendationStatus.Assigned,
            Extend: actor is not null && recommendation.IsOpen && recommendation.Deadline is { IsExtended: false }
                && (actor.IsAdministrator || (actor.IsDepartmentHead && department is { } head && actor.IsOfficialOf(head))),
            Implement: actor is not null && recommendation.Status == RecommendationStatus.Implementing
                && (actor.IsAdministrator || actor.IsOfficialOf(recommendation.Decision!.Department)),
            CommentOnProgress: actor is not null && recommendation.Status is RecommendationStatus.Implementing or RecommendationStatus.Implemented,
            Rate: actor is not null && recommendation.Status == RecommendationStatus.Implemented);
        return new RecommendationDetails(recommendation, submitter, recommendation.Attachments.Where(files.ContainsKey).Select(a => files[a]).ToList(),
            coSigners, signed, isMine, implementation, can);
    }

    public async Task<Page<RecommendationRow>> PublicRegisterAsync(RecommendationFilter filter, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await Rows(db, Filter(db.Recommendations.AsNoTracking().Where(r => r.Number != null && r.HiddenAt == null), filter, calendar.Today))
            .ToPageAsync(skip, take, cancellationToken);
    }

    /// <summary>The whole filtered register, for the CSV export.</summary>
    public async Task<IReadOnlyList<RecommendationRow>> ExportAsync(RecommendationFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await Rows(db, Filter(db.Recommendations.AsNoTracking().Where(r => r.Number != null && r.HiddenAt == null), filter, calendar.Today))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The reader's own recommendations, registered or not.</summary>
    public async Task<Page<RecommendationRow>> MineAsync(int skip, int take, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireAccountAsync(cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await Rows(db, db.Recommendations.AsNoTracking().Where(r => r.SubmittedBy == actor.Id).OrderByDescending(r => r.SubmittedAt))
            .ToPageAsync(skip, take, cancellationToken);
    }

    public async Task CoSignAsync(RecommendationId id, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireToAsync(Participation.Sign, cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var recommendation = await VisibleAsync(db, id, actor, cancellationToken);
        DomainException.ThrowIf(await db.CoSignatures.AnyAsync(s => s.RecommendationId == id && s.UserId == actor.Id, cancellationToken), DomainErrors.RecommendationAlreadySigned);
        db.CoSignatures.Add(CoSignature.Sign(recommendation, actor, clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException error) when (DbErrors.IsUniqueViolation(error))
        {
            throw new DomainException(DomainErrors.RecommendationAlreadySigned);
        }
    }

    public async Task CommentOnProgressAsync(RecommendationId id, string? text, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireToAsync(Participation.Post, cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var recommendation = await VisibleAsync(db, id, actor, cancellationToken);
        db.ProgressComments.Add(ProgressComment.Write(recommendation, actor, text, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task RateAsync(RecommendationId id, int score, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireToAsync(Participation.Vote, cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var recommendation = await VisibleAsync(db, id, actor, cancellationToken);
        var now = clock.GetUtcNow();
        var rating = await db.OutcomeRatings.SingleOrDefaultAsync(r => r.RecommendationId == id && r.UserId == actor.Id, cancellationToken);
        if (rating is null)
        {
            db.OutcomeRatings.Add(OutcomeRating.Rate(recommendation, actor, score, now));
        }
        else
        {
            rating.Change(recommendation, score, now);
        }
        await db.SaveOncePerPersonAsync(cancellationToken);
    }

    internal static bool CanSee(Recommendation recommendation, Actor? actor) =>
        recommendation.IsPublic || (actor is not null && (actor.Id == recommendation.SubmittedBy || actor.IsStaff));

    internal static async Task<Recommendation> VisibleAsync(AppDbContext db, RecommendationId id, Actor actor, CancellationToken cancellationToken, bool track = false)
    {
        var query = track ? db.Recommendations : db.Recommendations.AsNoTracking();
        var recommendation = await query.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        DomainException.ThrowIf(recommendation is null || !CanSee(recommendation, actor), DomainErrors.NotFound);
        return recommendation!;
    }

    internal static IQueryable<Recommendation> Filter(IQueryable<Recommendation> query, RecommendationFilter filter, DateOnly today)
    {
        if (filter.Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }
        if (filter.PolicyArea is { } area)
        {
            query = query.Where(r => r.PolicyAreaId == area);
        }
        if (filter.Department is { } department)
        {
            query = query.Where(r => r.DepartmentId == department);
        }
        if (filter.Year is { } year)
        {
            query = query.Where(r => r.Number!.Year == year);
        }
        if (filter.OverdueOnly)
        {
            query = query.Where(r => r.Decision == null && r.Deadline!.DueDate < today);
        }
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim().ToLowerInvariant();
            var parts = term.Split('-');
            if (parts.Length == 3 && int.TryParse(parts[1], out var numberYear) && int.TryParse(parts[2], out var sequence))
            {
                query = query.Where(r => r.Number!.Year == numberYear && r.Number.Sequence == sequence);
            }
            else
            {
                query = query.Where(r => r.SearchTitle.Contains(term));
            }
        }
        return query.OrderByDescending(r => r.Number!.Year).ThenByDescending(r => r.Number!.Sequence);
    }

    private static IQueryable<RecommendationRow> Rows(AppDbContext db, IQueryable<Recommendation> query) =>
        query.Select(r => new RecommendationRow(
            r.Id,
            r.Number == null ? "" : r.Number.Series + "-" + r.Number.Year + "-" + r.Number.Sequence,
            r.Title,
            r.PolicyAreaId,
            r.DepartmentId,
            r.Status,
            r.RegisteredAt,
            r.Deadline == null ? null : r.Deadline.DueDate,
            r.Deadline != null && r.Deadline.ExtendedAt != null,
            r.Decision == null ? null : r.Decision.Outcome,
            r.Decision == null ? null : r.Decision.DecisionDate,
            db.CoSignatures.Count(s => s.RecommendationId == r.Id)));

    private static async Task<ImplementationView> ImplementationAsync(AppDbContext db, Recommendation recommendation, UserId? me, CancellationToken cancellationToken)
    {
        var id = recommendation.Id;
        var milestones = await db.Milestones.AsNoTracking().Where(m => m.RecommendationId == id).OrderBy(m => m.DueDate).ToListAsync(cancellationToken);
        var evidence = await db.Evidence.AsNoTracking().Where(e => e.RecommendationId == id).OrderBy(e => e.AddedAt).ToListAsync(cancellationToken);
        var files = evidence.SelectMany(e => e.Attachments).Distinct().ToList();
        var found = files.Count == 0 ? new Dictionary<AttachmentId, Attachment>()
            : await db.Attachments.AsNoTracking().Where(a => files.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var comments = await db.ProgressComments.AsNoTracking().Where(c => c.RecommendationId == id && c.HiddenAt == null).OrderBy(c => c.CreatedAt).ToListAsync(cancellationToken);
        var names = await ParticipantNames.LoadAsync(db, comments.Select(c => c.AuthorId), cancellationToken);
        var ratings = await db.OutcomeRatings.AsNoTracking().Where(r => r.RecommendationId == id).Select(r => new { r.UserId, r.Score }).ToListAsync(cancellationToken);
        return new ImplementationView(
            milestones,
            evidence.Select(e => (e, (IReadOnlyList<Attachment>)e.Attachments.Where(found.ContainsKey).Select(a => found[a]).ToList())).ToList(),
            comments.Select(c => (c, names.GetValueOrDefault(c.AuthorId, ""))).ToList(),
            ratings.Count == 0 ? null : ratings.Average(r => r.Score),
            ratings.Count,
            ratings.FirstOrDefault(r => r.UserId == me)?.Score);
    }
}
