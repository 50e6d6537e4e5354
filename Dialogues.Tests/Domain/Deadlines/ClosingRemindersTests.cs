using Dialogues.Domain.Deadlines;

namespace Dialogues.Tests.Domain.Deadlines;

public class ClosingRemindersTests
{
    private static readonly DateOnly Closes = new(2026, 6, 30);

    [Theory]
    [InlineData(4, false, null)]
    [InlineData(3, false, DeadlineReminderKind.ClosesInThreeDays)]
    [InlineData(2, false, DeadlineReminderKind.ClosesInThreeDays)]
    [InlineData(1, false, DeadlineReminderKind.ClosesTomorrow)]
    [InlineData(0, false, DeadlineReminderKind.ClosesTomorrow)]
    [InlineData(-6, true, null)]
    [InlineData(-7, true, DeadlineReminderKind.FollowUpMissing)]
    [InlineData(-20, true, DeadlineReminderKind.FollowUpMissing)]
    [InlineData(-7, false, null)]
    public void DueOn_GivesTheReminderOfTheDay(int daysBeforeClosing, bool followUpPending, DeadlineReminderKind? expected)
    {
        var due = ClosingReminders.DueOn(Closes, followUpPending, Closes.AddDays(-daysBeforeClosing)).ToList();

        Assert.Equal(expected is { } kind ? [(kind, "2026-06-30")] : [], due);
    }
}
