using Dialogues.Domain.Monitoring;
using Dialogues.Domain.Participants;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;
using static Dialogues.Tests.Domain.Monitoring.MonitoringBuilder;
using static Dialogues.Tests.Domain.Participants.People;

namespace Dialogues.Tests.Domain.Monitoring;

public class MonitoringTests
{
    [Fact]
    public void Schedule_ClosingBeforeOpening_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => MonitoringRound.Schedule(Administrator(), Policy(), "Грешен кръг", Opens, Opens.AddDays(-1)));

        Assert.Equal(DomainErrors.RoundClosesBeforeOpening, error.Code);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(13, true)]
    [InlineData(-1, false)]
    [InlineData(14, false)]
    public void Evaluate_OnlyInsideTheRound_BothDaysIncluded(int day, bool accepted)
    {
        var policy = Policy();
        var round = Round(policy);

        var submit = () => Evaluation.Submit(policy, round, Resident(), Good, null, Opens.AddDays(day), Now);

        if (accepted)
        {
            Assert.Equal(round.Id, submit().RoundId);
        }
        else
        {
            Assert.Equal(DomainErrors.RoundNotOpen, Assert.Throws<DomainException>(submit).Code);
        }
    }

    [Fact]
    public void Evaluate_ScoreOutsideOneToFive_IsRefused()
    {
        var policy = Policy();
        var error = Assert.Throws<DomainException>(() => Evaluation.Submit(policy, Round(policy), Resident(), Good with { Legality = 6 }, null, Opens, Now));

        Assert.Equal(DomainErrors.EvaluationScoreRange, error.Code);
    }

    [Fact]
    public void Evaluate_ByAnOfficialOfTheResponsibleDepartment_IsRefused()
    {
        var policy = Policy();
        var responsible = new Actor(new UserId(Guid.NewGuid()), "Служител", new HashSet<string> { Role.Official }, policy.DepartmentId);

        var error = Assert.Throws<DomainException>(() => Evaluation.Submit(policy, Round(policy), responsible, Good, null, Opens, Now));

        Assert.Equal(DomainErrors.EvaluationOwnPolicy, error.Code);
    }

    [Fact]
    public void Record_ValueInAnotherUnit_IsRefused()
    {
        var policy = Policy();
        var indicator = Indicator.Define(Administrator(), policy, "Курсове на седмица до Гурково", "бр.", 6, 14);

        var error = Assert.Throws<DomainException>(() => indicator.Record(Official(Social), policy, Opens, 8, "%", "Разписание на превозвача", Now));

        Assert.Equal(DomainErrors.IndicatorUnitMismatch, error.Code);
        Assert.Empty(indicator.Values);
    }

    [Fact]
    public void Record_ByTheResponsibleDepartment_CountsTowardsTheTarget()
    {
        var policy = Policy();
        var indicator = Indicator.Define(Administrator(), policy, "Курсове на седмица до Гурково", "бр.", 6, 14);

        indicator.Record(Official(Social), policy, Opens, 10, "бр.", "Разписание на превозвача", Now);

        Assert.Equal(50, indicator.ProgressPercent());
    }

    [Fact]
    public void Record_ByAnotherDepartment_IsForbidden()
    {
        var policy = Policy();
        var indicator = Indicator.Define(Administrator(), policy, "Курсове на седмица до Гурково", "бр.", 6, 14);

        Assert.Equal(DomainErrors.Forbidden, Assert.Throws<DomainException>(() =>
            indicator.Record(Official(new DepartmentId(Guid.NewGuid())), policy, Opens, 10, "бр.", "Разписание", Now)).Code);
    }

    [Fact]
    public void Define_ByANonAdministrator_IsForbidden() =>
        Assert.Throws<DomainException>(() => MonitoredPolicy.Define(Resident(), "Политика на жител", null, new PolicyAreaId(Guid.NewGuid()), null, ["Цел"], Now));
}
