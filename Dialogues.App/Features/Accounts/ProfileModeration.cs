using Dialogues.App.Features.Moderation;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Security;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Accounts;

/// <summary>A participant's public profile (their name) as moderated content.</summary>
internal sealed class ProfileModeration : IModeratedContentKind
{
    public ItemKind Kind => ItemKind.Profile;

    public bool PreModerates => false;

    public async Task<IModeratable?> LoadAsync(AppDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Users.FindAsync([id], cancellationToken) is { DeletedAt: null } user ? new ModeratableProfile(user) : null;

    public async Task<IReadOnlyList<ModeratedItem>> PreviewAsync(AppDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var rows = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, u.ProfileHiddenAt })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new ModeratedItem(new ContentKey(Kind, r.Id), new UserId(r.Id), r.DisplayName, r.DisplayName,
            $"people/{r.Id}", r.ProfileHiddenAt is not null)).ToList();
    }

    // Names are chosen at registration and in the profile form, outside any domain event.
    public Written? Written(IDomainEvent domainEvent) => null;

    private sealed class ModeratableProfile(AppUser user) : IModeratable
    {
        public UserId AuthorId => user.UserId;

        public DateTimeOffset? HiddenAt => user.ProfileHiddenAt;

        public string ModeratedText => user.DisplayName;

        public void Hide(DateTimeOffset now) => user.ProfileHiddenAt = now;

        public void Restore() => user.ProfileHiddenAt = null;

        public void Redact(string? fragment) => user.DisplayName = Redaction.Apply(fragment, user.DisplayName)[0];
    }
}
