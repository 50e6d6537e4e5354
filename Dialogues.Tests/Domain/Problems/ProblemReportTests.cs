using Dialogues.Domain.Participants;
using Dialogues.Domain.Problems;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;
using static Dialogues.Tests.Domain.Problems.ProblemReportBuilder;

namespace Dialogues.Tests.Domain.Problems;

public class ProblemReportTests
{
    [Fact]
    public void Submit_StartsNew_WithTheTwoMonthSignalDeadline_AndTheCategorysDepartment()
    {
        var report = Report();

        Assert.Equal(ProblemStatus.New, report.Status);
        Assert.Equal(new DateOnly(2026, 7, 4), report.Deadline.DueDate);
        Assert.Equal(LightingDepartment, report.DepartmentId);
        Assert.IsType<ProblemReported>(Assert.Single(report.DomainEvents));
    }

    [Fact]
    public void Submit_OutsideTheMunicipality_IsRefused()
    {
        var sofia = new GeoPoint(42.6977, 23.3219);

        Assert.Equal(DomainErrors.ProblemOutsideMunicipality, Assert.Throws<DomainException>(() => Report(sofia)).Code);
    }

    [Fact]
    public void Submit_APointNearerAnotherSettlement_NeedsConfirmation()
    {
        var inBotevgrad = new GeoPoint(42.9070, 23.7930);

        var error = Assert.Throws<DomainException>(() => Report(inBotevgrad, Skravena));
        var confirmed = Report(inBotevgrad, Skravena, confirmed: true);

        Assert.Equal(DomainErrors.ProblemSettlementMismatch, error.Code);
        Assert.Equal("Ботевград", Assert.Single(error.Arguments));
        Assert.Equal(Skravena, confirmed.SettlementId);
    }

    [Fact]
    public void Submit_OnlyAnAddress_IsPlacedApproximatelyAtTheSettlementsCentre()
    {
        var report = ProblemReport.Submit(Reporter, 1,
            ProblemCategory.Create(BilingualName.Of("Пътища", "Roads"), 0, new PolicyAreaId(Guid.NewGuid()), LightingDepartment),
            new ProblemPlace(Skravena, null, "ул. „Христо Ботев“ 12", false), Municipality,
            "Дупка на пътя", "Голяма дупка пред номер 12.", [], new DateOnly(2026, 5, 4), 2, Now);

        Assert.True(report.LocationApproximate);
        Assert.Equal(SkravenaCentre, report.Location);
    }

    [Fact]
    public void Submit_WithNeitherPointNorAddress_OrSixPhotos_IsRefused()
    {
        Assert.Equal(DomainErrors.ProblemTooManyPhotos, Assert.Throws<DomainException>(() => Report(photos: 6)).Code);
        var error = Assert.Throws<DomainException>(() => ProblemReport.Submit(Reporter, 1,
            ProblemCategory.Create(BilingualName.Of("Пътища", "Roads"), 0, new PolicyAreaId(Guid.NewGuid()), LightingDepartment),
            new ProblemPlace(Skravena, null, " ", false), Municipality, "Дупка на пътя", "Голяма дупка пред номер 12.", [], new DateOnly(2026, 5, 4), 2, Now));
        Assert.Equal(DomainErrors.ProblemLocationRequired, error.Code);
    }

    [Fact]
    public void Workflow_FollowsItsTransitions_EachWithANote()
    {
        var report = Report();

        report.ChangeStatus(LightingOfficial, ProblemStatus.Confirmed, "Проверено на място.", null, Now);
        Assert.Equal(DomainErrors.ProblemTransitionNotAllowed,
            Assert.Throws<DomainException>(() => report.ChangeStatus(LightingOfficial, ProblemStatus.Closed, "Приключваме.", null, Now)).Code);
        Assert.Equal(DomainErrors.ProblemNoteLength,
            Assert.Throws<DomainException>(() => report.ChangeStatus(LightingOfficial, ProblemStatus.Planned, "", null, Now)).Code);
        report.ChangeStatus(LightingOfficial, ProblemStatus.Planned, "В плана за юни.", null, Now.AddDays(1));
        report.ChangeStatus(LightingOfficial, ProblemStatus.InProgress, "Екипът е на място.", null, Now.AddDays(2));
        report.ChangeStatus(LightingOfficial, ProblemStatus.Fixed, "Лампата е сменена.", null, Now.AddDays(3));

        Assert.Equal([ProblemStatus.Confirmed, ProblemStatus.Planned, ProblemStatus.InProgress, ProblemStatus.Fixed], report.History.Select(h => h.To));
        Assert.Equal(Now.AddDays(3), report.FixedAt);
        Assert.Equal(Now.AddDays(3), report.ResolvedAt);
    }

    [Fact]
    public void NotCompetent_NeedsWhereToGo_AndAnotherDepartmentCannotAct()
    {
        var report = Report();

        Assert.Equal(DomainErrors.ProblemCompetentBodyRequired,
            Assert.Throws<DomainException>(() => report.ChangeStatus(LightingOfficial, ProblemStatus.NotCompetent, "Не е към общината.", null, Now)).Code);
        Assert.Equal(DomainErrors.ProblemOtherDepartment,
            Assert.Throws<DomainException>(() => report.ChangeStatus(Stranger, ProblemStatus.Confirmed, "Потвърждавам.", null, Now)).Code);
        report.ChangeStatus(LightingOfficial, ProblemStatus.NotCompetent, "Пътят е републикански.", "Областно пътно управление – София", Now);

        Assert.Equal("Областно пътно управление – София", report.CompetentBody);
        Assert.Empty(report.NextStatuses);
    }

    [Fact]
    public void FixCheck_No_ReopensTheReport_Yes_ClosesIt_OnlyForTheReporter()
    {
        var report = Report();
        report.ChangeStatus(LightingOfficial, ProblemStatus.Confirmed, "Проверено на място.", null, Now);
        report.ChangeStatus(LightingOfficial, ProblemStatus.Fixed, "Лампата е сменена.", null, Now.AddDays(1));

        Assert.Equal(DomainErrors.ProblemNotReporter, Assert.Throws<DomainException>(() => report.AnswerFixCheck(LightingOfficial, false, "Не свети.", Now)).Code);
        Assert.Equal(DomainErrors.ProblemNoteLength, Assert.Throws<DomainException>(() => report.AnswerFixCheck(Reporter, false, null, Now)).Code);
        report.AnswerFixCheck(Reporter, false, "Пак не свети след два дни.", Now.AddDays(30));

        Assert.Equal(ProblemStatus.InProgress, report.Status);
        Assert.Equal(1, report.ReopenCount);
        Assert.True(report.History[^1].ByReporter);

        report.ChangeStatus(LightingOfficial, ProblemStatus.Fixed, "Сменен е и кабелът.", null, Now.AddDays(31));
        report.AnswerFixCheck(Reporter, true, null, Now.AddDays(60));
        Assert.Equal(ProblemStatus.Closed, report.Status);
        Assert.Equal(DomainErrors.ProblemNotFixed, Assert.Throws<DomainException>(() => report.AnswerFixCheck(Reporter, false, "Отново.", Now.AddDays(61))).Code);
    }

    [Fact]
    public void Merge_MarksTheDuplicate_AndTheKeptReportCountsItsSupporters()
    {
        var kept = Report();
        var duplicate = Report(reporter: new Actor(new UserId(Guid.NewGuid()), "Съсед", new HashSet<string> { Role.Resident }, null));

        duplicate.MergeInto(LightingOfficial, kept, "Същият стълб като СГ-1.", 3, Now);

        Assert.Equal(ProblemStatus.Duplicate, duplicate.Status);
        Assert.Equal(kept.Id, duplicate.MergedIntoId);
        Assert.Equal(3, kept.MeTooCount);
        Assert.Equal(DomainErrors.ProblemMergeInvalid, Assert.Throws<DomainException>(() => duplicate.MergeInto(LightingOfficial, kept, "Отново.", 3, Now)).Code);
        Assert.Equal(DomainErrors.ProblemMergeInvalid, Assert.Throws<DomainException>(() => kept.MergeInto(LightingOfficial, kept, "Себе си.", 3, Now)).Code);
    }

    [Fact]
    public void MeToo_NotOnOnesOwnReport_NorOnAClosedOne()
    {
        var report = Report();
        var neighbour = new Actor(new UserId(Guid.NewGuid()), "Съсед", new HashSet<string> { Role.Resident }, null);

        report.AddMeToo(neighbour);
        Assert.Equal(DomainErrors.ProblemOwnReport, Assert.Throws<DomainException>(() => report.AddMeToo(Reporter)).Code);
        report.ChangeStatus(LightingOfficial, ProblemStatus.Rejected, "Не открихме проблем на място.", null, Now);

        Assert.Equal(1, report.MeTooCount);
        Assert.Equal(DomainErrors.ProblemNotOpen, Assert.Throws<DomainException>(() => report.AddMeToo(neighbour)).Code);
    }

    [Theory]
    [InlineData(99.9, true)]
    [InlineData(100.1, false)]
    [InlineData(2.0, true)]
    public void Distance_AtTheDuplicateRadius(double meters, bool within)
    {
        var origin = new GeoPoint(42.9372, 23.8700);
        // One degree of latitude is 111 195 m on the mean-radius sphere.
        var north = new GeoPoint(origin.Latitude + meters / 111_194.93, origin.Longitude);

        Assert.Equal(meters, origin.DistanceMetersTo(north), 0.01);
        Assert.Equal(within, origin.DistanceMetersTo(north) <= 100);
        Assert.True(origin.Around(100).Contains(north) || !within);
    }
}
