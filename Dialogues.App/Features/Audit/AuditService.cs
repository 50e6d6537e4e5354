using Dialogues.App.Features.Accounts;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Security;
using Dialogues.App.Infrastructure.Time;
using Dialogues.Domain.Participants;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Audit;

public sealed record AuditFilter(string? ActionPrefix, string? Person, DateOnly? From, DateOnly? To);

public sealed record AuditRow(AuditEntry Entry, string ActorName, string SubjectName);

/// <summary>Administrators browse the audit log, newest first, filtered by kind of action, person and period.</summary>
public sealed class AuditService(IDbContextFactory<AppDbContext> databases, CurrentActor currentActor, MunicipalCalendar calendar)
{
    public static readonly string[] ActionGroups = ["Moderation", "Appeal", "Account"];

    private const int MaxPeople = 200;

    public async Task<Page<AuditRow>> ListAsync(AuditFilter filter, int skip, int take, CancellationToken cancellationToken = default)
    {
        await currentActor.RequireRoleAsync(Role.Administrator, cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.ActionPrefix))
        {
            var prefix = filter.ActionPrefix + ".";
            entries = entries.Where(e => e.Action.StartsWith(prefix));
        }
        if (!string.IsNullOrWhiteSpace(filter.Person))
        {
            var term = filter.Person.Trim();
            var people = await db.Users.Where(u => u.DisplayName.Contains(term) || u.Email!.Contains(term))
                .Select(u => u.Id).Take(MaxPeople).ToListAsync(cancellationToken);
            var ids = people.Select(UserId.From).ToList();
            var subjects = ids.Select(id => (UserId?)id).ToList();
            entries = entries.Where(e => ids.Contains(e.ActorId) || subjects.Contains(e.SubjectUserId));
        }
        if (filter.From is { } from)
        {
            var start = calendar.StartOf(from);
            entries = entries.Where(e => e.At >= start);
        }
        if (filter.To is { } to)
        {
            var end = calendar.StartOf(to.AddDays(1));
            entries = entries.Where(e => e.At < end);
        }
        var page = await entries.OrderByDescending(e => e.At).ToPageAsync(skip, take, cancellationToken);
        var names = await ParticipantNames.LoadAsync(db, page.Items.SelectMany(e => e.SubjectUserId is { } s ? [e.ActorId, s] : new[] { e.ActorId }), cancellationToken);
        return page.With(page.Items.Select(e => new AuditRow(e, names.GetValueOrDefault(e.ActorId, ""), e.SubjectUserId is { } s ? names.GetValueOrDefault(s, "") : "")).ToList());
    }
}
