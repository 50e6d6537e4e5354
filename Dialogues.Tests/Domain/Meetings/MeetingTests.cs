using Dialogues.Domain.Meetings;
using Dialogues.Domain.Shared;
using static Dialogues.Tests.Domain.Meetings.MeetingBuilder;
using static Dialogues.Tests.Domain.Participants.People;

namespace Dialogues.Tests.Domain.Meetings;

public class MeetingTests
{
    [Fact]
    public void Schedule_ByAResident_IsTheirs_ToChange_NotAnotherResidents()
    {
        var organiser = Resident();
        var meeting = Meeting.Schedule(organiser, Draft(), Now);

        var error = Assert.Throws<DomainException>(() => meeting.Change(Resident(), Draft() with { Venue = "Друго място" }, Now));
        meeting.Change(organiser, Draft() with { Venue = "Площадът пред читалището" }, Now);

        Assert.Equal(DomainErrors.Forbidden, error.Code);
        Assert.False(meeting.ByMunicipality);
        Assert.Equal("Площадът пред читалището", meeting.Venue);
        Assert.True(meeting.MayManage(Official()));
    }

    [Fact]
    public void Schedule_ByStaff_IsTheMunicipalitys() => Assert.True(Scheduled().ByMunicipality);

    [Fact]
    public void Hidden_ClosesRegistration_UntilRestored()
    {
        var meeting = Scheduled();
        meeting.Hide(Now);

        Assert.Equal(DomainErrors.MeetingSignUpClosed, Assert.Throws<DomainException>(() => meeting.SignUp(Resident(), false, Now)).Code);
        meeting.Restore();
        meeting.SignUp(Resident(), false, Now);
        Assert.Equal(1, meeting.Attendance);
    }

    [Fact]
    public void Schedule_InThePastOrEndingBeforeItStarts_IsRefused()
    {
        Assert.Equal(DomainErrors.MeetingStartsInPast, Assert.Throws<DomainException>(() => Meeting.Schedule(Official(), Draft(starts: Now.AddMinutes(-1)), Now)).Code);
        Assert.Equal(DomainErrors.MeetingEndsBeforeStart, Assert.Throws<DomainException>(() => Meeting.Schedule(Official(), Draft(ends: Starts), Now)).Code);
        Assert.Equal(DomainErrors.MeetingTooLong, Assert.Throws<DomainException>(() => Meeting.Schedule(Official(), Draft(ends: Starts.AddDays(15)), Now)).Code);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10_001)]
    public void Schedule_WithCapacityOutOfRange_IsRefused(int capacity) =>
        Assert.Equal(DomainErrors.MeetingCapacityRange, Assert.Throws<DomainException>(() => Meeting.Schedule(Official(), Draft(capacity), Now)).Code);

    [Theory]
    [InlineData("http://meet.example/room")]
    [InlineData("javascript:alert(1)")]
    [InlineData("meet.example/room")]
    public void Schedule_WithALinkThatIsNotHttps_IsRefused(string link) =>
        Assert.Equal(DomainErrors.MeetingLinkInvalid, Assert.Throws<DomainException>(() => Meeting.Schedule(Official(), Draft(link: link), Now)).Code);

    [Fact]
    public void SignUp_UpToCapacity_ThenTheEventIsFull()
    {
        var meeting = Scheduled(capacity: 2);
        meeting.SignUp(Resident(), false, Now);
        meeting.SignUp(Resident(), false, Now);

        var error = Assert.Throws<DomainException>(() => meeting.SignUp(Resident(), false, Now));

        Assert.Equal(DomainErrors.MeetingFull, error.Code);
        Assert.Equal((2, 0), (meeting.Attendance, meeting.SeatsLeft));
    }

    [Fact]
    public void SignUp_Twice_IsRefused()
    {
        var meeting = Scheduled();

        var error = Assert.Throws<DomainException>(() => meeting.SignUp(Resident(), alreadySignedUp: true, Now));

        Assert.Equal(DomainErrors.MeetingAlreadySignedUp, error.Code);
        Assert.Equal(0, meeting.Attendance);
    }

    [Fact]
    public void SignUp_FromTheMomentItStarts_IsClosed()
    {
        var meeting = Scheduled();
        meeting.SignUp(Resident(), false, Starts.AddTicks(-1));

        var error = Assert.Throws<DomainException>(() => meeting.SignUp(Resident(), false, Starts));

        Assert.Equal(DomainErrors.MeetingSignUpClosed, error.Code);
    }

    [Fact]
    public void Withdraw_FreesTheSeat_UntilTheEventStarts()
    {
        var meeting = Scheduled(capacity: 1);
        var seat = meeting.SignUp(Resident(), false, Now);

        meeting.Withdraw(seat, Now);

        Assert.Equal(1, meeting.SeatsLeft);
        var late = meeting.SignUp(Resident(), false, Now);
        Assert.Equal(DomainErrors.MeetingSignUpClosed, Assert.Throws<DomainException>(() => meeting.Withdraw(late, Starts)).Code);
    }

    [Fact]
    public void Cancel_NeedsAReason_AndClosesRegistration()
    {
        var meeting = Scheduled();
        Assert.Equal(DomainErrors.MeetingCancellationReasonLength, Assert.Throws<DomainException>(() => meeting.Cancel(Official(), " ", Now)).Code);

        meeting.Cancel(Official(), "Залата е наводнена.", Now);

        Assert.False(meeting.SignUpOpen(Now));
        Assert.Equal(DomainErrors.MeetingSignUpClosed, Assert.Throws<DomainException>(() => meeting.SignUp(Resident(), false, Now)).Code);
        Assert.Equal(DomainErrors.MeetingCancelled, Assert.Throws<DomainException>(() => meeting.Change(Official(), Draft(), Now)).Code);
        Assert.Contains(meeting.DomainEvents, e => e is MeetingCancelled);
    }

    [Fact]
    public void Change_BelowTheRegisteredCount_IsRefused_AndAMoveIsReported()
    {
        var meeting = Scheduled(capacity: 3);
        meeting.SignUp(Resident(), false, Now);
        meeting.SignUp(Resident(), false, Now);

        Assert.Equal(DomainErrors.MeetingCapacityBelowAttendance, Assert.Throws<DomainException>(() => meeting.Change(Official(), Draft(capacity: 1), Now)).Code);

        meeting.Change(Official(), Draft(capacity: 2), Now);
        meeting.Change(Official(), Draft(capacity: 2, starts: Starts.AddDays(1)), Now);
        Assert.Equal([false, true], meeting.DomainEvents.OfType<MeetingChanged>().Select(e => e.Moved));
    }

    [Fact]
    public void Change_AfterItEnded_IsRefused()
    {
        var meeting = Scheduled();

        var error = Assert.Throws<DomainException>(() => meeting.Change(Official(), Draft(), Starts.AddHours(2)));

        Assert.Equal(DomainErrors.MeetingOver, error.Code);
    }
}
