using Dialogues.Domain.Participants;
using Dialogues.Domain.ReferenceData;

namespace Dialogues.Tests.Domain.Participants;

public class ActorTests
{
    private static readonly DepartmentId Roads = new(Guid.NewGuid());

    private static Actor With(DepartmentId? department, params string[] roles) =>
        new(new UserId(Guid.NewGuid()), "Тест", roles.ToHashSet(), department);

    [Fact]
    public void IsOfficialOf_OfficialOfThatDepartment_IsTrue() =>
        Assert.True(With(Roads, Role.Official).IsOfficialOf(Roads));

    [Fact]
    public void IsOfficialOf_OfficialOfAnotherDepartment_IsFalse() =>
        Assert.False(With(new DepartmentId(Guid.NewGuid()), Role.Official).IsOfficialOf(Roads));

    [Fact]
    public void IsOfficial_WithoutDepartment_IsFalse() =>
        Assert.False(With(null, Role.Official).IsOfficial);

    [Fact]
    public void IsModerator_Administrator_IsTrue() =>
        Assert.True(With(null, Role.Administrator).IsModerator);

    [Fact]
    public void IsStaff_Resident_IsFalse() =>
        Assert.False(With(null, Role.Resident).IsStaff);
}
