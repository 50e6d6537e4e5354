using Dialogues.Domain.Shared;

namespace Dialogues.Domain.Deadlines;

/// <summary>
/// A legal answer deadline in calendar dates of the municipality: it starts on the registration date, ends at the
/// end of <see cref="DueDate"/>, and may be extended once, with a reason, up to a total limit (АПК чл. 118).
/// Month arithmetic follows the calendar: 31 December plus two months is the last day of February.
/// </summary>
public sealed record ResponseDeadline
{
    private ResponseDeadline() { }

    public DateOnly StartDate { get; private init; }

    public DateOnly OriginalDueDate { get; private init; }

    public DateOnly DueDate { get; private init; }

    public DateTimeOffset? ExtendedAt { get; private init; }

    public string? ExtensionReason { get; private init; }

    public bool IsExtended => ExtendedAt is not null;

    public static ResponseDeadline Start(DateOnly startDate, int months)
    {
        var due = startDate.AddMonths(months);
        return new ResponseDeadline { StartDate = startDate, OriginalDueDate = due, DueDate = due };
    }

    /// <summary>Moves the due date once, to a later date within <paramref name="maxTotalMonths"/> of the start.</summary>
    public ResponseDeadline Extend(DateOnly newDueDate, string? reason, int maxTotalMonths, DateTimeOffset now)
    {
        DomainException.ThrowIf(IsExtended, DomainErrors.DeadlineAlreadyExtended);
        DomainException.ThrowIf(newDueDate <= DueDate, DomainErrors.DeadlineExtensionNotLater);
        DomainException.ThrowIf(newDueDate > StartDate.AddMonths(maxTotalMonths), DomainErrors.DeadlineExtensionTooLong, maxTotalMonths);
        return this with
        {
            DueDate = newDueDate,
            ExtendedAt = now,
            ExtensionReason = Text.Required(reason, 10, 2000, DomainErrors.DeadlineExtensionReason),
        };
    }

    /// <summary>Overdue from the day after the due date (the whole due date counts, to its end).</summary>
    public bool IsOverdueOn(DateOnly today) => today > DueDate;

    /// <summary>Days left including today (0 on the due date), or negative days overdue.</summary>
    public int DaysRemainingOn(DateOnly today) => DueDate.DayNumber - today.DayNumber;
}

/// <summary>The reminders the deadline machinery sends. Stored by name.</summary>
public enum DeadlineReminderKind
{
    DueInFourteenDays,
    DueInThreeDays,
    Overdue,
    Escalation,
    NotCommunicated,
    ClosesInThreeDays,
    ClosesTomorrow,
    FollowUpMissing,
    FixCheck,
}

/// <summary>Where a tracked item stands, as the reminder rules need it.</summary>
public sealed record DeadlineState(DateOnly DueDate, bool Decided, DateOnly? DecisionDate, bool Communicated);

/// <summary>
/// Which reminders are due on a day, each with the key that makes it unique: a reminder is about one due date
/// (an extension brings new ones), an escalation about one day, a missing communication about one decision.
/// </summary>
public static class DeadlineReminders
{
    public const int CommunicationDays = 7;

    public static IEnumerable<(DeadlineReminderKind Kind, string Key)> DueOn(DeadlineState state, DateOnly today)
    {
        var dueKey = state.DueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (!state.Decided)
        {
            if (today > state.DueDate)
            {
                yield return (DeadlineReminderKind.Overdue, dueKey);
                yield return (DeadlineReminderKind.Escalation, today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }
            else if (today >= state.DueDate.AddDays(-3))
            {
                yield return (DeadlineReminderKind.DueInThreeDays, dueKey);
            }
            else if (today >= state.DueDate.AddDays(-14))
            {
                yield return (DeadlineReminderKind.DueInFourteenDays, dueKey);
            }
        }
        else if (!state.Communicated && state.DecisionDate is { } decided && today > decided.AddDays(CommunicationDays))
        {
            yield return (DeadlineReminderKind.NotCommunicated, decided.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}

/// <summary>
/// Reminders about a window for taking part (a consultation, a monitoring round): 3 days and 1 day before it
/// closes, and, where the window owes a follow-up (a consultation's summary), when it is still missing 7 days
/// after. A late run still sends the reminder of its window; each is keyed to the closing day.
/// </summary>
public static class ClosingReminders
{
    public const int FollowUpDays = 7;

    public static IEnumerable<(DeadlineReminderKind Kind, string Key)> DueOn(DateOnly closesOn, bool followUpPending, DateOnly today)
    {
        var key = closesOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var daysLeft = closesOn.DayNumber - today.DayNumber;
        if (daysLeft is 2 or 3)
        {
            yield return (DeadlineReminderKind.ClosesInThreeDays, key);
        }
        else if (daysLeft is 0 or 1)
        {
            yield return (DeadlineReminderKind.ClosesTomorrow, key);
        }
        else if (followUpPending && -daysLeft >= FollowUpDays)
        {
            yield return (DeadlineReminderKind.FollowUpMissing, key);
        }
    }
}
