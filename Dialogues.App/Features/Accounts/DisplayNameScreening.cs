using Dialogues.App.Features.Moderation;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Security;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Accounts;

/// <summary>
/// A public name is shown beside everything its holder writes, so it is screened like what they write, and more
/// strictly: the word list refuses it outright, and a name may not pass for the platform's staff, by a title
/// ("Модератор на платформата") or by a staff member's exact name.
/// </summary>
public sealed class DisplayNameScreening(WatchWords watchWords, IDbContextFactory<AppDbContext> databases)
{
    // Titles that would make a resident's words read as the municipality's or the moderators'. Folded like watch words.
    private static readonly string[] Titles =
    [
        "модератор", "администратор", "администрация", "служител", "община", "общината", "кмет", "кметство", "платформа",
        "moderator", "administrator", "admin", "official", "municipality", "mayor", "platform",
    ];

    private static readonly HashSet<string> TitleSkeletons = Titles.Select(WatchWords.Skeleton).ToHashSet();

    /// <summary>The name, trimmed, or a refusal a person can act on.</summary>
    public async Task<string> CheckAsync(string? name, UserId? holder, CancellationToken cancellationToken = default)
    {
        var valid = Text.Required(name, AppUser.DisplayNameMinLength, AppUser.DisplayNameMaxLength, DomainErrors.DisplayNameLength);
        var words = WatchWords.Skeleton(valid).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        DomainException.ThrowIf(watchWords.Find(valid).Count > 0 || words.Any(TitleSkeletons.Contains), DomainErrors.DisplayNameNotAllowed);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var staffRoles = new[] { Role.Official, Role.Moderator, Role.Administrator };
        var skeleton = WatchWords.Skeleton(valid);
        var staffNames = await (
                from user in db.Users
                join userRole in db.UserRoles on user.Id equals userRole.UserId
                join role in db.Roles on userRole.RoleId equals role.Id
                where staffRoles.Contains(role.Name!) && (holder == null || user.Id != holder.Value.Value)
                select user.DisplayName)
            .Distinct()
            .ToListAsync(cancellationToken);
        DomainException.ThrowIf(staffNames.Any(n => WatchWords.Skeleton(n) == skeleton), DomainErrors.DisplayNameNotAllowed);
        return valid;
    }
}
