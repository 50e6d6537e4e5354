using Dialogues.Domain.Notifications;

namespace Dialogues.Tests.Domain.Notifications;

public class DigestScheduleTests
{
    private static readonly DigestSchedule SevenOnMondays = new(7, DayOfWeek.Monday);

    [Fact]
    public void DueDailyPeriod_BeforeTheHour_IsNotDue_FromTheHour_IsToday()
    {
        Assert.Null(SevenOnMondays.DueDailyPeriod(new DateTime(2026, 3, 10, 6, 59, 0)));
        Assert.Equal(new DateOnly(2026, 3, 10), SevenOnMondays.DueDailyPeriod(new DateTime(2026, 3, 10, 7, 0, 0)));
        Assert.Equal(new DateOnly(2026, 3, 10), SevenOnMondays.DueDailyPeriod(new DateTime(2026, 3, 10, 23, 59, 0)));
    }

    [Fact]
    public void DueWeeklyPeriod_IsTheWeekItsDayAndHourHavePassedIn()
    {
        // 2026-03-09 is a Monday.
        Assert.Null(SevenOnMondays.DueWeeklyPeriod(new DateTime(2026, 3, 9, 6, 0, 0)));
        Assert.Equal(new DateOnly(2026, 3, 9), SevenOnMondays.DueWeeklyPeriod(new DateTime(2026, 3, 9, 7, 0, 0)));
        Assert.Equal(new DateOnly(2026, 3, 9), SevenOnMondays.DueWeeklyPeriod(new DateTime(2026, 3, 15, 22, 0, 0)));
    }

    [Fact]
    public void DueWeeklyPeriod_OnSunday_WeekStillStartsOnMonday()
    {
        var sundays = new DigestSchedule(18, DayOfWeek.Sunday);

        Assert.Null(sundays.DueWeeklyPeriod(new DateTime(2026, 3, 14, 20, 0, 0)));
        Assert.Equal(new DateOnly(2026, 3, 9), sundays.DueWeeklyPeriod(new DateTime(2026, 3, 15, 18, 0, 0)));
    }
}
