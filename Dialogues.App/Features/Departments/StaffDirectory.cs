using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.Participants;
using Dialogues.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Departments;

/// <summary>The active staff accounts to tell about a department's work.</summary>
public static class StaffDirectory
{
    /// <summary>Moderators and administrators: who screens new submissions.</summary>
    public static async Task<IReadOnlyList<UserId>> ModeratorsAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var roles = await db.Roles.Where(r => r.Name == Role.Moderator || r.Name == Role.Administrator).Select(r => r.Id).ToListAsync(cancellationToken);
        var ids = await db.Users.AsNoTracking()
            .Where(u => u.DeletedAt == null && u.DisabledAt == null && u.EmailConfirmed && db.UserRoles.Any(r => r.UserId == u.Id && roles.Contains(r.RoleId)))
            .Select(u => u.Id)
            .ToListAsync(cancellationToken);
        return ids.Select(id => new UserId(id)).ToList();
    }

    /// <summary>
    /// The department's officials; for an escalation, its head and the administrators instead; with no
    /// department yet, the administrators (who route the work).
    /// </summary>
    public static async Task<IReadOnlyList<UserId>> ForAsync(AppDbContext db, DepartmentId? department, bool escalate, CancellationToken cancellationToken)
    {
        var active = db.Users.AsNoTracking().Where(u => u.DeletedAt == null && u.DisabledAt == null && u.EmailConfirmed);
        var roleIds = await db.Roles.Where(r => r.Name == Role.Official || r.Name == Role.Administrator)
            .ToDictionaryAsync(r => r.Name!, r => r.Id, cancellationToken);
        var officialRole = roleIds.GetValueOrDefault(Role.Official);
        var adminRole = roleIds.GetValueOrDefault(Role.Administrator);
        var withRoles = active.Select(u => new
        {
            u.Id,
            u.DepartmentId,
            u.IsDepartmentHead,
            IsOfficial = db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == officialRole),
            IsAdmin = db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == adminRole),
        });
        var administrators = department is null || escalate;
        var ids = await withRoles
            .Where(u => (u.IsOfficial && department != null && u.DepartmentId == department && (!escalate || u.IsDepartmentHead))
                || (administrators && u.IsAdmin))
            .Select(u => u.Id)
            .ToListAsync(cancellationToken);
        return ids.Select(id => new UserId(id)).ToList();
    }
}
