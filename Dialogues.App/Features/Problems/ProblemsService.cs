using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.Deadlines;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Files;
using Dialogues.App.Infrastructure.Localization;
using Dialogues.App.Infrastructure.Security;
using Dialogues.App.Infrastructure.Time;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.Notifications;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Problems;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dialogues.App.Features.Problems;

/// <summary>
/// Problem reports: residents report and say "me too"; officials of the handling department move them through the
/// workflow and merge duplicates; the reporter confirms a fix or reopens it; everyone reads the map, list and stats.
/// </summary>
public sealed class ProblemsService(
    IDbContextFactory<AppDbContext> databases,
    CurrentActor currentActor,
    Attachments attachments,
    IOptions<ProblemsOptions> options,
    TimeProvider clock, MunicipalCalendar calendar)
{
    private const int MaxMarkers = 2_000;

    public ProblemsOptions Options => options.Value;

    public async Task<IReadOnlyList<ProblemCategoryView>> CategoriesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.ProblemCategories.AsNoTracking().OrderBy(c => c.SortOrder)
            .Select(c => new ProblemCategoryView(c.Id, c.Name.Bulgarian, c.Name.English, c.PolicyAreaId, c.DepartmentId, c.SortOrder, c.IsArchived))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Open reports of the category near the point: offered while reporting, so one can say "me too" instead.</summary>
    public async Task<IReadOnlyList<NearbyProblem>> NearbyAsync(ProblemCategoryId category, GeoPoint point, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await NearbyAsync(db, category, point, null, cancellationToken);
    }

    /// <param name="submission">The form's own id for the report: sent twice (a double click), the form finds the
    /// report it made instead of filing a twin with the next number.</param>
    public async Task<ProblemReportId> SubmitAsync(ProblemDraft draft, IReadOnlyList<UploadedFile> photos, Guid? submission = null, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireToAsync(Participation.Post, cancellationToken);
        var id = new ProblemReportId(submission ?? Guid.NewGuid());
        Task<bool> AlreadyMade(AppDbContext db) => db.ProblemReports.AnyAsync(r => r.Id == id && r.ReporterId == actor.Id, cancellationToken);
        DomainException.ThrowIf(photos.Count > ProblemReport.MaxPhotos, DomainErrors.ProblemTooManyPhotos, ProblemReport.MaxPhotos);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        if (await AlreadyMade(db))
        {
            return id;
        }
        var category = await db.ProblemCategories.AsNoTracking().SingleOrDefaultAsync(c => c.Id == draft.Category, cancellationToken)
            ?? throw new DomainException(DomainErrors.NotFound);
        var territory = await TerritoryAsync(db, cancellationToken);
        var now = clock.GetUtcNow();
        var place = new ProblemPlace(draft.Settlement, draft.Point, draft.Address, draft.SettlementConfirmed);
        // Everything is checked (with no photos yet) before a photo is stored.
        ProblemReport.Submit(actor, 0, category, place, territory, draft.Title, draft.Description, [], calendar.DateOf(now), options.Value.AnswerMonths, now);
        var stored = new List<AttachmentId>();
        foreach (var photo in photos)
        {
            stored.Add(await attachments.StoreAsync(actor.Id, photo, cancellationToken));
        }
        // The same form sent twice breaks the report's key: the second try finds the report made by the first, and
        // the number it took goes back with its transaction.
        await OptimisticRetry.RunAsync(databases, async fresh =>
        {
            if (await AlreadyMade(fresh))
            {
                return;
            }
            await fresh.InTransactionAsync(async () =>
            {
                var number = await RegistrationNumbers.NextAsync(fresh, ProblemReport.Series, RegistrationNumbers.Running, cancellationToken);
                var report = ProblemReport.Submit(actor, number, category, place, territory, draft.Title, draft.Description, stored, calendar.DateOf(now), options.Value.AnswerMonths, now, id);
                report.RecordNameConsent(draft.ShowName);
                fresh.ProblemReports.Add(report);
                await fresh.SaveChangesAsync(cancellationToken);
            }, cancellationToken);
        }, DomainErrors.ChangedMeanwhile, null, cancellationToken);
        return id;
    }

    public async Task MeTooAsync(ProblemReportId id, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireToAsync(Participation.Sign, cancellationToken);
        await databases.ChangeAsync(db => VisibleAsync(db, id, cancellationToken), async (db, report) =>
        {
            DomainException.ThrowIf(await db.ProblemMeToos.AnyAsync(m => m.ReportId == id && m.UserId == actor.Id, cancellationToken), DomainErrors.ProblemAlreadyMeToo);
            report.AddMeToo(actor);
            db.ProblemMeToos.Add(new ProblemMeToo { ReportId = id, UserId = actor.Id, AddedAt = clock.GetUtcNow() });
        }, cancellationToken, duplicateCode: DomainErrors.ProblemAlreadyMeToo);
    }

    public async Task<ProblemDetails?> FindAsync(ProblemReportId id, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.FindAsync(cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var report = await db.ProblemReports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (report is null || !report.IsVisibleTo(actor))
        {
            return null;
        }
        var names = await ParticipantNames.LoadAsync(db, report.History.Select(h => h.ChangedBy).Append(report.ReporterId), cancellationToken);
        var mergedInto = report.MergedIntoId is { } kept
            ? await db.ProblemReports.Where(r => r.Id == kept).Select(r => (int?)r.Number).SingleOrDefaultAsync(cancellationToken)
            : null;
        var canHandle = actor is not null && report.MayBeHandledBy(actor);
        string NameOf(UserId user) => user != report.ReporterId || report.ShowsReporterTo(actor) ? names.GetValueOrDefault(user, "") : "";
        return new ProblemDetails(
            report,
            NameOf(report.ReporterId),
            report.History.Select(h => new HistoryEntry(h, NameOf(h.ChangedBy))).ToList(),
            mergedInto is { } n ? ProblemReport.Format(n) : null,
            canHandle,
            actor?.Id == report.ReporterId,
            actor is not null && await db.ProblemMeToos.AnyAsync(m => m.ReportId == id && m.UserId == actor.Id, cancellationToken),
            canHandle && report.IsOpen ? await NearbyAsync(db, report.CategoryId, report.Location, report.Id, cancellationToken) : []);
    }

    public async Task<Page<ProblemRow>> ListAsync(ProblemFilter filter, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var page = await Filter(db.ProblemReports.AsNoTracking().Where(r => r.HiddenAt == null), filter)
            .OrderByDescending(r => r.ReportedAt).ToPageAsync(skip, take, cancellationToken);
        return page.With(page.Items.Select(Row).ToList());
    }

    /// <summary>Markers for the map (the newest few thousand of the filter: the map clusters them).</summary>
    public async Task<IReadOnlyList<ProblemMarker>> MarkersAsync(ProblemFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var rows = await Filter(db.ProblemReports.AsNoTracking().Where(r => r.HiddenAt == null), filter)
            .OrderByDescending(r => r.ReportedAt).Take(MaxMarkers)
            .Select(r => new { r.Id, r.Number, r.Title, r.Status, r.Latitude, r.Longitude })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new ProblemMarker(r.Id, ProblemReport.Format(r.Number), r.Title, r.Status, r.Latitude, r.Longitude)).ToList();
    }

    public async Task<Page<ProblemRow>> MineAsync(int skip, int take, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireAccountAsync(cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var page = await db.ProblemReports.AsNoTracking().Where(r => r.ReporterId == actor.Id)
            .OrderByDescending(r => r.ReportedAt).ToPageAsync(skip, take, cancellationToken);
        return page.With(page.Items.Select(Row).ToList());
    }

    /// <summary>The department's reports still to be handled (fixed ones wait for the reporter), the nearest due date first.</summary>
    public async Task<Page<ProblemRow>> DepartmentQueueAsync(DepartmentId? department, int skip, int take, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireAsync(cancellationToken);
        DomainException.ThrowIf(!actor.IsOfficial && !actor.IsAdministrator, DomainErrors.Forbidden);
        var handled = actor.IsAdministrator ? department ?? actor.DepartmentId : actor.DepartmentId;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var query = db.ProblemReports.AsNoTracking().Where(r => r.HiddenAt == null && ProblemReport.OpenStatuses.Contains(r.Status));
        if (handled is { } d)
        {
            query = query.Where(r => r.DepartmentId == d);
        }
        var page = await query.OrderBy(r => r.Deadline.DueDate).ThenBy(r => r.Number).ToPageAsync(skip, take, cancellationToken);
        return page.With(page.Items.Select(Row).ToList());
    }

    public Task ChangeStatusAsync(ProblemReportId id, ProblemStatus to, string? note, string? competentBody, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, (_, report, actor, now) =>
        {
            report.ChangeStatus(actor, to, note, competentBody, now);
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>Marks a report a duplicate of another: its followers and "me too"s (and its reporter) move to the kept one.</summary>
    public Task MergeAsync(ProblemReportId duplicate, ProblemReportId keptId, string? note, CancellationToken cancellationToken = default) =>
        ChangeAsync(duplicate, async (db, report, actor, now) =>
        {
            var kept = await db.ProblemReports.SingleOrNotFoundAsync(r => r.Id == keptId, cancellationToken);
            var supporters = await db.ProblemMeToos.Where(m => m.ReportId == duplicate).Select(m => m.UserId).ToListAsync(cancellationToken);
            var already = (await db.ProblemMeToos.Where(m => m.ReportId == keptId).Select(m => m.UserId).ToListAsync(cancellationToken)).ToHashSet();
            var moving = supporters.Append(report.ReporterId).Where(u => u != kept.ReporterId && already.Add(u)).ToList();
            report.MergeInto(actor, kept, note, already.Count, now);
            db.ProblemMeToos.AddRange(moving.Select(u => new ProblemMeToo { ReportId = keptId, UserId = u, AddedAt = now }));
            var followers = await db.Follows.Where(f => f.TargetKind == ItemKind.ProblemReport && f.TargetId == duplicate.Value)
                .Select(f => f.UserId).ToListAsync(cancellationToken);
            var keptFollowers = (await db.Follows.Where(f => f.TargetKind == ItemKind.ProblemReport && f.TargetId == keptId.Value)
                .Select(f => f.UserId).ToListAsync(cancellationToken)).ToHashSet();
            db.Follows.AddRange(followers.Where(keptFollowers.Add).Select(u => Follow.Start(u, new FollowTarget(ItemKind.ProblemReport, keptId.Value), now, automatic: true)));
        }, cancellationToken);

    public Task AnswerFixCheckAsync(ProblemReportId id, bool isFixed, string? note, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, (_, report, actor, now) =>
        {
            report.AnswerFixCheck(actor, isFixed, note, now);
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>Per settlement and category: open, fixed, median days from report to fix, overdue; within an optional period.</summary>
    public async Task<ProblemStats> StatsAsync(DateOnly? from, DateOnly? to, IReadOnlyDictionary<SettlementId, string> settlements,
        IReadOnlyDictionary<ProblemCategoryId, string> categories, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var today = calendar.Today;
        var rows = await Filter(db.ProblemReports.AsNoTracking().Where(r => r.HiddenAt == null), new ProblemFilter(From: from, To: to))
            .Select(r => new StatsSource(r.SettlementId, r.CategoryId, r.Status, r.ReportedAt, r.FixedAt, r.Deadline.DueDate))
            .ToListAsync(cancellationToken);
        StatsRow Summarise(string name, IEnumerable<StatsSource> group)
        {
            var items = group.ToList();
            var fixedOnes = items.Where(i => i.FixedAt is not null && i.Status is ProblemStatus.Fixed or ProblemStatus.Closed).ToList();
            var days = fixedOnes.Select(i => (i.FixedAt!.Value - i.ReportedAt).TotalDays).Order().ToList();
            double? median = days.Count == 0 ? null : days.Count % 2 == 1 ? days[days.Count / 2] : (days[days.Count / 2 - 1] + days[days.Count / 2]) / 2;
            var open = items.Where(i => ProblemReport.OpenStatuses.Contains(i.Status)).ToList();
            return new StatsRow(name, open.Count, fixedOnes.Count, median is { } m ? Math.Round(m, 1) : null, open.Count(i => i.DueDate < today));
        }
        var bySettlement = rows.ToLookup(r => r.Settlement);
        var byCategory = rows.ToLookup(r => r.Category);
        return new ProblemStats(
            settlements.Select(s => Summarise(s.Value, bySettlement[s.Key])).ToList(),
            categories.Select(c => Summarise(c.Value, byCategory[c.Key])).ToList(),
            Summarise("", rows));
    }

    /// <summary>The settlements' centres, where the report form's map opens.</summary>
    public async Task<IReadOnlyDictionary<SettlementId, GeoPoint>> SettlementCentresAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return (await TerritoryAsync(db, cancellationToken)).Settlements.ToDictionary(s => s.Key, s => s.Value.Centre);
    }

    internal static async Task<Territory> TerritoryAsync(AppDbContext db, GeoBounds bounds, CancellationToken cancellationToken)
    {
        var settlements = await db.Settlements.AsNoTracking().Where(s => !s.IsArchived && s.Latitude != null && s.Longitude != null)
            .Select(s => new { s.Id, s.Name.Bulgarian, s.Name.English, s.Latitude, s.Longitude })
            .ToListAsync(cancellationToken);
        return new Territory(bounds, settlements.ToDictionary(
            s => s.Id, s => (new GeoPoint(s.Latitude!.Value, s.Longitude!.Value), Cultures.IsEnglish ? s.English : s.Bulgarian)));
    }

    private Task<Territory> TerritoryAsync(AppDbContext db, CancellationToken cancellationToken) => TerritoryAsync(db, options.Value.Bounds, cancellationToken);

    private async Task<IReadOnlyList<NearbyProblem>> NearbyAsync(AppDbContext db, ProblemCategoryId category, GeoPoint point, ProblemReportId? except, CancellationToken cancellationToken)
    {
        var radius = options.Value.DuplicateRadiusMeters;
        var box = point.Around(radius);
        var candidates = await db.ProblemReports.AsNoTracking()
            .Where(r => r.CategoryId == category && r.HiddenAt == null && r.Id != except
                && ProblemReport.OpenStatuses.Contains(r.Status)
                && r.Latitude >= box.South && r.Latitude <= box.North && r.Longitude >= box.West && r.Longitude <= box.East)
            .Select(r => new { r.Id, r.Number, r.Title, r.Status, r.MeTooCount, r.Latitude, r.Longitude })
            .ToListAsync(cancellationToken);
        return candidates
            .Select(c => (c, Distance: new GeoPoint(c.Latitude, c.Longitude).DistanceMetersTo(point)))
            .Where(c => c.Distance <= radius)
            .OrderBy(c => c.Distance)
            .Select(c => new NearbyProblem(c.c.Id, ProblemReport.Format(c.c.Number), c.c.Title, c.c.Status, c.c.MeTooCount, (int)Math.Round(c.Distance)))
            .ToList();
    }

    /// <summary>Loads, changes and saves; tried again on fresh state when someone else moved the report meanwhile.</summary>
    private async Task ChangeAsync(ProblemReportId id, Func<AppDbContext, ProblemReport, Actor, DateTimeOffset, Task> change, CancellationToken cancellationToken)
    {
        var actor = await currentActor.RequireAsync(cancellationToken);
        await databases.ChangeAsync(db => VisibleAsync(db, id, cancellationToken), (db, report) => change(db, report, actor, clock.GetUtcNow()), cancellationToken);
    }

    private static async Task<ProblemReport> VisibleAsync(AppDbContext db, ProblemReportId id, CancellationToken cancellationToken) =>
        await db.ProblemReports.SingleOrNotFoundAsync(r => r.Id == id && r.HiddenAt == null, cancellationToken);

    private IQueryable<ProblemReport> Filter(IQueryable<ProblemReport> reports, ProblemFilter filter)
    {
        if (filter.Settlement is { } settlement)
        {
            reports = reports.Where(r => r.SettlementId == settlement);
        }
        if (filter.Category is { } category)
        {
            reports = reports.Where(r => r.CategoryId == category);
        }
        if (filter.Status is { } status)
        {
            reports = reports.Where(r => r.Status == status);
        }
        if (filter.From is { } from)
        {
            var start = calendar.StartOf(from);
            reports = reports.Where(r => r.ReportedAt >= start);
        }
        if (filter.To is { } to)
        {
            var end = calendar.StartOf(to.AddDays(1));
            reports = reports.Where(r => r.ReportedAt < end);
        }
        return reports;
    }

    private ProblemRow Row(ProblemReport r) =>
        new(r.Id, r.PublicNumber, r.Title, r.CategoryId, r.SettlementId, r.Status, r.ReportedAt, r.Deadline.DueDate,
            r.IsOpen && r.Deadline.IsOverdueOn(calendar.Today), r.MeTooCount, r.Latitude, r.Longitude);

    private sealed record StatsSource(SettlementId Settlement, ProblemCategoryId Category, ProblemStatus Status, DateTimeOffset ReportedAt, DateTimeOffset? FixedAt, DateOnly DueDate);
}
