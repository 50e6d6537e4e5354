using Dialogues.App.Features.ReferenceData;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Security;
using Dialogues.Domain.Participants;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;
using Dialogues.Domain.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Surveys;

/// <summary>Which surveys a list shows: open or about to open, closed (with results), or staff's drafts.</summary>
public enum SurveyShelf
{
    Current,
    Closed,
    Drafts,
}

public sealed record SurveyRow(SurveyId Id, string Title, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, SettlementId? AudienceSettlement,
    DateTimeOffset? PublishedAt, int Responses);

/// <summary>A survey as its page shows it: the reader's own response, whether they may answer, and what staff may do.</summary>
public sealed record SurveyDetails(Survey Survey, SurveyResponse? Mine, SettlementId? ReaderSettlement, bool IsForReader, bool CanManage,
    int Responses, int PaperResponses);

/// <summary>What a breakdown groups respondents by.</summary>
public enum BreakdownBy
{
    Settlement,
    Age,
    Sector,
}

/// <summary>
/// A closed survey's published results: every question's counts and, for choice and scale questions, the chosen
/// breakdown, in which groups smaller than <see cref="SurveyResults.MinCell"/> show no counts.
/// </summary>
public sealed record SurveyResultsView(Survey Survey, int Responses, int PaperResponses, IReadOnlyList<QuestionResult> Questions,
    BreakdownBy? By, IReadOnlyDictionary<string, IReadOnlyList<BreakdownCell>> Breakdowns);

/// <summary>One response for staff's export, without the account that gave it.</summary>
public sealed record SurveyExportRow(SurveyResponseId Id, DateTimeOffset SubmittedAt, bool IsPaper, RespondentProfile Profile, IReadOnlyList<Answer> Answers);

/// <summary>
/// Surveys: staff build and publish them; people with a confirmed account answer once and change their answers
/// until the survey closes; staff type in paper questionnaires; results appear only after closing.
/// </summary>
public sealed class SurveysService(IDbContextFactory<AppDbContext> databases, CurrentActor currentActor, ReferenceCatalog catalog, TimeProvider clock)
{
    public async Task<Page<SurveyRow>> ListAsync(SurveyShelf shelf, int skip, int take, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.FindAsync(cancellationToken);
        DomainException.ThrowIf(shelf == SurveyShelf.Drafts && !Survey.MayManage(actor), DomainErrors.Forbidden);
        var now = clock.GetUtcNow();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var surveys = db.Surveys.AsNoTracking();
        surveys = shelf switch
        {
            SurveyShelf.Current => surveys.Where(s => s.PublishedAt != null && s.ClosesAt > now).OrderBy(s => s.ClosesAt),
            SurveyShelf.Closed => surveys.Where(s => s.PublishedAt != null && s.ClosesAt <= now).OrderByDescending(s => s.ClosesAt),
            _ => surveys.Where(s => s.PublishedAt == null).OrderByDescending(s => s.CreatedAt),
        };
        return await surveys
            .Select(s => new SurveyRow(s.Id, s.Title, s.OpensAt, s.ClosesAt, s.AudienceSettlement, s.PublishedAt, db.Set<SurveyResponse>().Count(r => r.SurveyId == s.Id)))
            .ToPageAsync(skip, take, cancellationToken);
    }

    /// <summary>The survey, or null when the reader may not see it (a draft is its builders' only).</summary>
    public async Task<SurveyDetails?> FindAsync(SurveyId id, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.FindAsync(cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var survey = await db.Surveys.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (survey is null || (survey.PublishedAt is null && !Survey.MayManage(actor)))
        {
            return null;
        }
        var counts = await db.SurveyResponses.Where(r => r.SurveyId == id).GroupBy(r => r.IsPaper).Select(g => new { Paper = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        SurveyResponse? mine = null;
        SettlementId? settlement = null;
        if (actor is not null)
        {
            mine = await db.SurveyResponses.AsNoTracking().SingleOrDefaultAsync(r => r.SurveyId == id && r.RespondentId == actor.Id, cancellationToken);
            settlement = await SettlementOfAsync(db, actor.Id, cancellationToken);
        }
        return new SurveyDetails(survey, mine, settlement, survey.AudienceSettlement is not { } only || only == settlement, Survey.MayManage(actor),
            counts.Sum(c => c.Count), counts.Where(c => c.Paper).Sum(c => c.Count));
    }

    public async Task<SurveyId> CreateAsync(SurveyDraft draft, CancellationToken cancellationToken = default)
    {
        var author = await currentActor.RequireAsync(cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await RequireSettlementAsync(db, draft.Audience.Settlement, cancellationToken);
        var survey = Survey.Create(author, draft, clock.GetUtcNow());
        db.Surveys.Add(survey);
        await db.SaveChangesAsync(cancellationToken);
        return survey.Id;
    }

    /// <summary>A draft of the founding survey (<see cref="FoundingSurvey"/>) opening tomorrow for a month, for staff to adjust and publish.</summary>
    public async Task<SurveyId> CreateFoundingAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        return await CreateAsync(FoundingSurvey.Draft(await catalog.GetAsync(), now.AddDays(1), now.AddDays(31)), cancellationToken);
    }

    public async Task EditAsync(SurveyId id, SurveyDraft draft, CancellationToken cancellationToken = default)
    {
        var editor = await currentActor.RequireAsync(cancellationToken);
        await ChangeAsync(id, async (db, survey) =>
        {
            await RequireSettlementAsync(db, draft.Audience.Settlement, cancellationToken);
            survey.Edit(editor, draft);
        }, cancellationToken);
    }

    public async Task PublishAsync(SurveyId id, CancellationToken cancellationToken = default)
    {
        var editor = await currentActor.RequireAsync(cancellationToken);
        await ChangeAsync(id, (_, survey) =>
        {
            survey.Publish(editor, clock.GetUtcNow());
            return Task.CompletedTask;
        }, cancellationToken);
    }

    /// <summary>
    /// Answers the survey, or changes one's answers while it is open. A second submission racing the first finds it
    /// and changes it, so an account never has two responses.
    /// </summary>
    public async Task AnswerAsync(SurveyId id, IReadOnlyList<Answer> answers, RespondentProfile profile, CancellationToken cancellationToken = default)
    {
        var respondent = await currentActor.RequireToAsync(Participation.Vote, cancellationToken);
        var now = clock.GetUtcNow();
        await OptimisticRetry.RunAsync(databases, async db =>
        {
            var survey = await PublishedAsync(db, id, cancellationToken);
            await RequireSettlementAsync(db, profile.Settlement, cancellationToken);
            var mine = await db.SurveyResponses.SingleOrDefaultAsync(r => r.SurveyId == id && r.RespondentId == respondent.Id, cancellationToken);
            if (mine is null)
            {
                var livesIn = await SettlementOfAsync(db, respondent.Id, cancellationToken);
                db.SurveyResponses.Add(SurveyResponse.Submit(survey, respondent, livesIn, alreadyAnswered: false, answers, profile, now));
            }
            else
            {
                mine.Change(survey, respondent, answers, profile, now);
            }
            await db.SaveChangesAsync(cancellationToken);
        }, DomainErrors.ChangedMeanwhile, duplicateCode: null, cancellationToken);
    }

    /// <summary>Staff type in a paper questionnaire; it counts like any response and is marked as paper.</summary>
    /// <param name="submission">The form's own id for the questionnaire: sent twice, it is entered once.</param>
    public async Task EnterPaperAsync(SurveyId id, IReadOnlyList<Answer> answers, RespondentProfile profile, Guid submission, CancellationToken cancellationToken = default)
    {
        var staff = await currentActor.RequireAsync(cancellationToken);
        DomainException.ThrowIf(!Survey.MayManage(staff), DomainErrors.Forbidden);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var survey = await PublishedAsync(db, id, cancellationToken);
        await RequireSettlementAsync(db, profile.Settlement, cancellationToken);
        var responseId = new SurveyResponseId(submission);
        if (await db.SurveyResponses.AnyAsync(r => r.Id == responseId, cancellationToken))
        {
            return;
        }
        db.SurveyResponses.Add(SurveyResponse.EnterPaper(survey, staff, answers, profile, clock.GetUtcNow(), responseId));
        await db.SaveOncePerPersonAsync(cancellationToken);
    }

    /// <summary>The results, or a refusal while people may still answer: nobody, staff included, reads them mid-vote.</summary>
    public async Task<SurveyResultsView> ResultsAsync(SurveyId id, BreakdownBy? by, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var survey = await PublishedAsync(db, id, cancellationToken);
        DomainException.ThrowIf(!survey.ResultsPublishedAt(clock.GetUtcNow()), DomainErrors.SurveyResultsNotYet);
        var responses = await db.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == id).ToListAsync(cancellationToken);
        Func<SurveyResponse, string?>? groupOf = by switch
        {
            BreakdownBy.Settlement => r => r.Profile.Settlement?.Value.ToString(),
            BreakdownBy.Age => r => r.Profile.Age?.ToString(),
            BreakdownBy.Sector => r => r.Profile.Sector?.ToString(),
            _ => null,
        };
        var breakdowns = groupOf is null
            ? new Dictionary<string, IReadOnlyList<BreakdownCell>>()
            : survey.Questions.Where(q => q.Type is QuestionType.SingleChoice or QuestionType.MultipleChoice or QuestionType.Scale)
                .ToDictionary(q => q.Key, q => SurveyResults.Breakdown(q, responses, groupOf));
        return new SurveyResultsView(survey, responses.Count, responses.Count(r => r.IsPaper), SurveyResults.Tally(survey, responses), by, breakdowns);
    }

    /// <summary>Every response with all its answers, open ones included, for staff; never who gave it.</summary>
    public async Task<(Survey Survey, IReadOnlyList<SurveyExportRow> Rows)> ExportAsync(SurveyId id, CancellationToken cancellationToken = default)
    {
        var staff = await currentActor.RequireAccountAsync(cancellationToken);
        DomainException.ThrowIf(!Survey.MayManage(staff), DomainErrors.Forbidden);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var survey = await db.Surveys.AsNoTracking().SingleOrNotFoundAsync(s => s.Id == id, cancellationToken);
        var rows = await db.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == id).OrderBy(r => r.SubmittedAt)
            .Select(r => new SurveyExportRow(r.Id, r.SubmittedAt, r.IsPaper, r.Profile, r.Answers)).ToListAsync(cancellationToken);
        return (survey, rows);
    }

    private static async Task<Survey> PublishedAsync(AppDbContext db, SurveyId id, CancellationToken cancellationToken) =>
        await db.Surveys.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id && s.PublishedAt != null, cancellationToken)
        ?? throw new DomainException(DomainErrors.NotFound);

    private static Task<SettlementId?> SettlementOfAsync(AppDbContext db, UserId user, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().Where(u => u.Id == user.Value).Select(u => u.SettlementId).SingleOrDefaultAsync(cancellationToken);

    private static async Task RequireSettlementAsync(AppDbContext db, SettlementId? settlement, CancellationToken cancellationToken) =>
        DomainException.ThrowIf(settlement is { } s && !await db.Settlements.AnyAsync(x => x.Id == s, cancellationToken), DomainErrors.NotFound);

    private Task ChangeAsync(SurveyId id, Func<AppDbContext, Survey, Task> change, CancellationToken cancellationToken) =>
        databases.ChangeAsync(db => db.Surveys.SingleOrNotFoundAsync(s => s.Id == id, cancellationToken), change, cancellationToken);
}
