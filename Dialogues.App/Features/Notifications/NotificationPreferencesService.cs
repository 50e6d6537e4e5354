using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Security;
using Dialogues.Domain.Notifications;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Notifications;

public sealed record PreferenceSettings(IReadOnlyDictionary<NotificationKind, Delivery> Deliveries, DigestSchedule Schedule);

/// <summary>How and when a person wants to hear: per kind, and the hour and weekday of digests.</summary>
public sealed class NotificationPreferencesService(IDbContextFactory<AppDbContext> databases, CurrentActor currentActor)
{
    public async Task<PreferenceSettings> GetAsync(CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireAccountAsync(cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var stored = await db.NotificationPreferences.AsNoTracking().Where(p => p.UserId == actor.Id).ToDictionaryAsync(p => p.Kind, p => p.Delivery, cancellationToken);
        var schedule = await db.DigestSettings.AsNoTracking().Where(s => s.UserId == actor.Id).Select(s => new DigestSchedule(s.Hour, s.Weekday)).SingleOrDefaultAsync(cancellationToken);
        return new PreferenceSettings(
            Enum.GetValues<NotificationKind>().ToDictionary(k => k, k => stored.GetValueOrDefault(k, NotificationDefaults.For(k))),
            schedule ?? DigestSchedule.Default);
    }

    public async Task SaveAsync(IReadOnlyDictionary<NotificationKind, Delivery> deliveries, DigestSchedule schedule, CancellationToken cancellationToken = default)
    {
        DomainException.ThrowIf(schedule.Hour is < 0 or > 23 || !Enum.IsDefined(schedule.Weekday), DomainErrors.DigestScheduleInvalid);
        var actor = await currentActor.RequireAccountAsync(cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await SetAsync(db, actor.Id, deliveries, cancellationToken);
        var settings = await db.DigestSettings.SingleOrDefaultAsync(s => s.UserId == actor.Id, cancellationToken);
        if (settings is null)
        {
            db.DigestSettings.Add(settings = new DigestSettings { UserId = actor.Id });
        }
        (settings.Hour, settings.Weekday) = (schedule.Hour, schedule.Weekday);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Turns emails off for one kind, or all kinds: what an unsubscribe link does, no login needed.</summary>
    public async Task UnsubscribeAsync(UnsubscribeRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var kinds = request.Kind is { } kind ? [kind] : Enum.GetValues<NotificationKind>();
        await SetAsync(db, request.User, kinds.ToDictionary(k => k, _ => Delivery.Off), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task SetAsync(AppDbContext db, UserId user, IReadOnlyDictionary<NotificationKind, Delivery> deliveries, CancellationToken cancellationToken)
    {
        var stored = await db.NotificationPreferences.Where(p => p.UserId == user).ToDictionaryAsync(p => p.Kind, cancellationToken);
        foreach (var (kind, delivery) in deliveries)
        {
            if (stored.TryGetValue(kind, out var preference))
            {
                preference.Delivery = delivery;
            }
            else
            {
                db.NotificationPreferences.Add(new NotificationPreference { UserId = user, Kind = kind, Delivery = delivery });
            }
        }
    }
}
