using Dialogues.Domain.Events;
using Dialogues.Domain.Participants;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;

namespace Dialogues.Tests.Domain.Events;

public class PublicEventTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Starts = Now.AddDays(7);

    private static Actor Official() => new(new UserId(Guid.NewGuid()), "Служител", new HashSet<string> { Role.Official }, new DepartmentId(Guid.NewGuid()));

    private static Actor Resident() => new(new UserId(Guid.NewGuid()), "Жител", new HashSet<string> { Role.Resident }, null);

    private static EventDraft Draft(int? capacity = 2, DateTimeOffset? starts = null, DateTimeOffset? ends = null, string? link = null) => new(
        "Среща в Скравена за осветлението", "Обсъждаме уличното осветление и пътя до гарата.", new PolicyAreaId(Guid.NewGuid()), new SettlementId(Guid.NewGuid()),
        "Читалище „Светлина“", link, starts ?? Starts, ends ?? (starts ?? Starts).AddHours(2), capacity);

    private static PublicEvent Scheduled(int? capacity = 2) => PublicEvent.Schedule(Official(), Draft(capacity), Now);

    [Fact]
    public void Schedule_ByAResident_IsTheirs_ToChange_NotAnotherResidents()
    {
        var organiser = Resident();
        var publicEvent = PublicEvent.Schedule(organiser, Draft(), Now);

        var error = Assert.Throws<DomainException>(() => publicEvent.Change(Resident(), Draft() with { Venue = "Друго място" }, Now));
        publicEvent.Change(organiser, Draft() with { Venue = "Площадът пред читалището" }, Now);

        Assert.Equal(DomainErrors.Forbidden, error.Code);
        Assert.False(publicEvent.ByMunicipality);
        Assert.Equal("Площадът пред читалището", publicEvent.Venue);
        Assert.True(publicEvent.MayManage(Official()));
    }

    [Fact]
    public void Schedule_ByStaff_IsTheMunicipalitys() => Assert.True(Scheduled().ByMunicipality);

    [Fact]
    public void Hidden_ClosesRegistration_UntilRestored()
    {
        var publicEvent = Scheduled();
        publicEvent.Hide(Now);

        Assert.Equal(DomainErrors.EventRegistrationClosed, Assert.Throws<DomainException>(() => publicEvent.Register(Resident(), false, Now)).Code);
        publicEvent.Restore();
        publicEvent.Register(Resident(), false, Now);
        Assert.Equal(1, publicEvent.Attendance);
    }

    [Fact]
    public void Schedule_InThePastOrEndingBeforeItStarts_IsRefused()
    {
        Assert.Equal(DomainErrors.EventStartsInPast, Assert.Throws<DomainException>(() => PublicEvent.Schedule(Official(), Draft(starts: Now.AddMinutes(-1)), Now)).Code);
        Assert.Equal(DomainErrors.EventEndsBeforeStart, Assert.Throws<DomainException>(() => PublicEvent.Schedule(Official(), Draft(ends: Starts), Now)).Code);
        Assert.Equal(DomainErrors.EventTooLong, Assert.Throws<DomainException>(() => PublicEvent.Schedule(Official(), Draft(ends: Starts.AddDays(15)), Now)).Code);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10_001)]
    public void Schedule_WithCapacityOutOfRange_IsRefused(int capacity) =>
        Assert.Equal(DomainErrors.EventCapacityRange, Assert.Throws<DomainException>(() => PublicEvent.Schedule(Official(), Draft(capacity), Now)).Code);

    [Theory]
    [InlineData("http://meet.example/room")]
    [InlineData("javascript:alert(1)")]
    [InlineData("meet.example/room")]
    public void Schedule_WithALinkThatIsNotHttps_IsRefused(string link) =>
        Assert.Equal(DomainErrors.EventLinkInvalid, Assert.Throws<DomainException>(() => PublicEvent.Schedule(Official(), Draft(link: link), Now)).Code);

    [Fact]
    public void Register_UpToCapacity_ThenTheEventIsFull()
    {
        var publicEvent = Scheduled(capacity: 2);
        publicEvent.Register(Resident(), false, Now);
        publicEvent.Register(Resident(), false, Now);

        var error = Assert.Throws<DomainException>(() => publicEvent.Register(Resident(), false, Now));

        Assert.Equal(DomainErrors.EventFull, error.Code);
        Assert.Equal((2, 0), (publicEvent.Attendance, publicEvent.SeatsLeft));
    }

    [Fact]
    public void Register_Twice_IsRefused()
    {
        var publicEvent = Scheduled();

        var error = Assert.Throws<DomainException>(() => publicEvent.Register(Resident(), alreadyRegistered: true, Now));

        Assert.Equal(DomainErrors.EventAlreadyRegistered, error.Code);
        Assert.Equal(0, publicEvent.Attendance);
    }

    [Fact]
    public void Register_FromTheMomentItStarts_IsClosed()
    {
        var publicEvent = Scheduled();
        publicEvent.Register(Resident(), false, Starts.AddTicks(-1));

        var error = Assert.Throws<DomainException>(() => publicEvent.Register(Resident(), false, Starts));

        Assert.Equal(DomainErrors.EventRegistrationClosed, error.Code);
    }

    [Fact]
    public void Withdraw_FreesTheSeat_UntilTheEventStarts()
    {
        var publicEvent = Scheduled(capacity: 1);
        var seat = publicEvent.Register(Resident(), false, Now);

        publicEvent.Withdraw(seat, Now);

        Assert.Equal(1, publicEvent.SeatsLeft);
        var late = publicEvent.Register(Resident(), false, Now);
        Assert.Equal(DomainErrors.EventRegistrationClosed, Assert.Throws<DomainException>(() => publicEvent.Withdraw(late, Starts)).Code);
    }

    [Fact]
    public void Cancel_NeedsAReason_AndClosesRegistration()
    {
        var publicEvent = Scheduled();
        Assert.Equal(DomainErrors.EventCancellationReasonLength, Assert.Throws<DomainException>(() => publicEvent.Cancel(Official(), " ", Now)).Code);

        publicEvent.Cancel(Official(), "Залата е наводнена.", Now);

        Assert.False(publicEvent.RegistrationOpen(Now));
        Assert.Equal(DomainErrors.EventRegistrationClosed, Assert.Throws<DomainException>(() => publicEvent.Register(Resident(), false, Now)).Code);
        Assert.Equal(DomainErrors.EventCancelled, Assert.Throws<DomainException>(() => publicEvent.Change(Official(), Draft(), Now)).Code);
        Assert.Contains(publicEvent.DomainEvents, e => e is EventCancelled);
    }

    [Fact]
    public void Change_BelowTheRegisteredCount_IsRefused_AndAMoveIsReported()
    {
        var publicEvent = Scheduled(capacity: 3);
        publicEvent.Register(Resident(), false, Now);
        publicEvent.Register(Resident(), false, Now);

        Assert.Equal(DomainErrors.EventCapacityBelowAttendance, Assert.Throws<DomainException>(() => publicEvent.Change(Official(), Draft(capacity: 1), Now)).Code);

        publicEvent.Change(Official(), Draft(capacity: 2), Now);
        publicEvent.Change(Official(), Draft(capacity: 2, starts: Starts.AddDays(1)), Now);
        Assert.Equal([false, true], publicEvent.DomainEvents.OfType<EventChanged>().Select(e => e.Moved));
    }

    [Fact]
    public void Change_AfterItEnded_IsRefused()
    {
        var publicEvent = Scheduled();

        var error = Assert.Throws<DomainException>(() => publicEvent.Change(Official(), Draft(), Starts.AddHours(2)));

        Assert.Equal(DomainErrors.EventOver, error.Code);
    }
}
