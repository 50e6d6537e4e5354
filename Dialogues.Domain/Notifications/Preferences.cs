namespace Dialogues.Domain.Notifications;

/// <summary>The kinds of notification a person can tune. Stored by name.</summary>
public enum NotificationKind
{
    /// <summary>Someone answered my comment.</summary>
    RepliesToMe,

    /// <summary>The municipality answered or decided on something of mine or that I follow.</summary>
    OfficialResponses,

    /// <summary>New comments, proposals and changes on what I follow.</summary>
    FollowedActivity,

    /// <summary>New dialogues, acts and reports in the areas and settlements I follow.</summary>
    NewInMyAreas,

    /// <summary>For officials: items assigned, deadlines coming and passed.</summary>
    Deadlines,

    /// <summary>What moderators decided about my content or my flags.</summary>
    Moderation,
}

public enum Delivery
{
    Immediately,
    DailyDigest,
    WeeklyDigest,
    Off,
}

public static class NotificationDefaults
{
    /// <summary>
    /// Chosen so a new account is not flooded: what concerns the person directly comes at once,
    /// activity elsewhere comes bundled.
    /// </summary>
    public static Delivery For(NotificationKind kind) => kind switch
    {
        NotificationKind.RepliesToMe => Delivery.Immediately,
        NotificationKind.OfficialResponses => Delivery.Immediately,
        NotificationKind.Deadlines => Delivery.Immediately,
        NotificationKind.Moderation => Delivery.Immediately,
        NotificationKind.FollowedActivity => Delivery.DailyDigest,
        _ => Delivery.WeeklyDigest,
    };

    public const int DigestHour = 7;

    public const DayOfWeek DigestWeekday = DayOfWeek.Monday;
}

/// <summary>When a person's digests arrive, in the municipality's time zone.</summary>
public sealed record DigestSchedule(int Hour, DayOfWeek Weekday)
{
    public static readonly DigestSchedule Default = new(NotificationDefaults.DigestHour, NotificationDefaults.DigestWeekday);

    /// <summary>The day a daily digest covers, or null if today's is not due yet at <paramref name="localNow"/>.</summary>
    public DateOnly? DueDailyPeriod(DateTime localNow) =>
        localNow.Hour >= Hour ? DateOnly.FromDateTime(localNow) : null;

    /// <summary>The start (Monday) of the week whose weekly digest is due at <paramref name="localNow"/>, or null if not yet.</summary>
    public DateOnly? DueWeeklyPeriod(DateTime localNow)
    {
        var today = DateOnly.FromDateTime(localNow);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var dueDay = monday.AddDays(((int)Weekday + 6) % 7);
        return today > dueDay || (today == dueDay && localNow.Hour >= Hour) ? monday : null;
    }
}
