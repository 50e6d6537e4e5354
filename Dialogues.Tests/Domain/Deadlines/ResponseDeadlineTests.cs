using System.Globalization;
using Dialogues.Domain.Deadlines;
using Dialogues.Domain.Shared;

namespace Dialogues.Tests.Domain.Deadlines;

public class ResponseDeadlineTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2026-03-10", 2, "2026-05-10")]
    [InlineData("2025-12-31", 2, "2026-02-28")] // no 31 February: the last day of the month
    [InlineData("2023-12-31", 2, "2024-02-29")] // leap year
    [InlineData("2024-01-31", 1, "2024-02-29")]
    [InlineData("2026-08-31", 2, "2026-10-31")]
    [InlineData("2026-10-31", 2, "2026-12-31")]
    [InlineData("2026-11-30", 2, "2027-01-30")] // across the year end
    public void Start_AddsCalendarMonths(string start, int months, string due) =>
        Assert.Equal(DateOnly.Parse(due, CultureInfo.InvariantCulture), ResponseDeadline.Start(DateOnly.Parse(start, CultureInfo.InvariantCulture), months).DueDate);

    [Fact]
    public void IsOverdueOn_TheDueDateItself_IsNotOverdue_TheDayAfter_Is()
    {
        var deadline = ResponseDeadline.Start(new DateOnly(2026, 3, 10), 2);

        Assert.False(deadline.IsOverdueOn(new DateOnly(2026, 5, 10)));
        Assert.True(deadline.IsOverdueOn(new DateOnly(2026, 5, 11)));
        Assert.Equal(0, deadline.DaysRemainingOn(new DateOnly(2026, 5, 10)));
        Assert.Equal(-1, deadline.DaysRemainingOn(new DateOnly(2026, 5, 11)));
    }

    [Fact]
    public void Extend_OnceToExactlySixMonthsInTotal_IsAllowed()
    {
        var deadline = ResponseDeadline.Start(new DateOnly(2025, 8, 31), 2);

        var extended = deadline.Extend(new DateOnly(2026, 2, 28), "Нужно е становище на РИОСВ.", 6, Now);

        Assert.Equal(new DateOnly(2026, 2, 28), extended.DueDate);
        Assert.Equal(new DateOnly(2025, 10, 31), extended.OriginalDueDate);
        Assert.True(extended.IsExtended);
    }

    [Fact]
    public void Extend_PastSixMonths_IsRefused()
    {
        var deadline = ResponseDeadline.Start(new DateOnly(2025, 8, 31), 2);

        var error = Assert.Throws<DomainException>(() => deadline.Extend(new DateOnly(2026, 3, 1), "Нужно е становище на РИОСВ.", 6, Now));

        Assert.Equal(DomainErrors.DeadlineExtensionTooLong, error.Code);
    }

    [Fact]
    public void Extend_Twice_IsRefused()
    {
        var once = ResponseDeadline.Start(new DateOnly(2026, 1, 10), 2).Extend(new DateOnly(2026, 4, 10), "Нужно е становище на РИОСВ.", 6, Now);

        Assert.Equal(DomainErrors.DeadlineAlreadyExtended, Assert.Throws<DomainException>(() => once.Extend(new DateOnly(2026, 5, 10), "Още проучване.", 6, Now)).Code);
    }

    [Theory]
    [InlineData("2026-03-10", "Причина за удължаването.")] // the same day
    [InlineData("2026-02-10", "Причина за удължаването.")] // earlier
    [InlineData("2026-04-10", "")] // no reason
    public void Extend_NotLaterOrWithoutReason_IsRefused(string newDue, string reason)
    {
        var deadline = ResponseDeadline.Start(new DateOnly(2026, 1, 10), 2);

        Assert.Throws<DomainException>(() => deadline.Extend(DateOnly.Parse(newDue, CultureInfo.InvariantCulture), reason, 6, Now));
    }
}

public class DeadlineRemindersTests
{
    private static readonly DateOnly Due = new(2026, 5, 10);

    private static IEnumerable<DeadlineReminderKind> On(string day, bool decided = false, string? decision = null, bool communicated = false) =>
        DeadlineReminders.DueOn(new DeadlineState(Due, decided, decision is null ? null : DateOnly.Parse(decision, CultureInfo.InvariantCulture), communicated), DateOnly.Parse(day, CultureInfo.InvariantCulture)).Select(r => r.Kind);

    [Fact]
    public void FifteenDaysBefore_Nothing() => Assert.Empty(On("2026-04-25"));

    [Fact]
    public void FourteenDaysBefore_TheFirstReminder() => Assert.Equal([DeadlineReminderKind.DueInFourteenDays], On("2026-04-26"));

    [Fact]
    public void ThreeDaysBefore_TheSecondReminder() => Assert.Equal([DeadlineReminderKind.DueInThreeDays], On("2026-05-07"));

    [Fact]
    public void OnTheDueDate_StillTheSecondReminder() => Assert.Equal([DeadlineReminderKind.DueInThreeDays], On("2026-05-10"));

    [Fact]
    public void TheDayAfter_OverdueAndAnEscalation() =>
        Assert.Equal([DeadlineReminderKind.Overdue, DeadlineReminderKind.Escalation], On("2026-05-11"));

    [Fact]
    public void Escalations_HaveADailyKey_OverdueOnePerDueDate()
    {
        var state = new DeadlineState(Due, false, null, false);
        var first = DeadlineReminders.DueOn(state, new DateOnly(2026, 5, 11)).ToList();
        var second = DeadlineReminders.DueOn(state, new DateOnly(2026, 5, 12)).ToList();

        Assert.Equal(first.Single(r => r.Kind == DeadlineReminderKind.Overdue), second.Single(r => r.Kind == DeadlineReminderKind.Overdue));
        Assert.NotEqual(first.Single(r => r.Kind == DeadlineReminderKind.Escalation), second.Single(r => r.Kind == DeadlineReminderKind.Escalation));
    }

    [Fact]
    public void Decided_NoDeadlineReminders() => Assert.Empty(On("2026-05-20", decided: true, decision: "2026-05-15", communicated: true));

    [Fact]
    public void NotCommunicated_AfterSevenDays_ButNotOnTheSeventh()
    {
        Assert.Empty(On("2026-05-08", decided: true, decision: "2026-05-01"));
        Assert.Equal([DeadlineReminderKind.NotCommunicated], On("2026-05-09", decided: true, decision: "2026-05-01"));
    }
}
