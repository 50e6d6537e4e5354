using Dialogues.Domain.DialogueSpaces;
using Dialogues.Domain.Practices;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;
using static Dialogues.Tests.Domain.Participants.People;

namespace Dialogues.Tests.Domain.Practices;

public class PracticeTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly PolicyAreaId Environment = new(Guid.NewGuid());

    private static PracticeDraft Draft(params string[] sources) => new(
        "FixMyStreet", "Обединено кралство", "Лондон", 2007, Environment, ParticipationMethod.ProblemReporting,
        "Жителите не знаеха на кого да съобщят за дупка.", "Сигнал на карта, изпратен до отговорната община.",
        "Над един милион сигнала според mySociety.", "Публичният отговор кара институциите да отговарят.",
        "Публична статистика по кметства и анкета след всеки ремонт.",
        sources.Length == 0 ? ["https://www.fixmystreet.com"] : sources);

    private static Practice Published()
    {
        var practice = Practice.Propose(Resident(), Draft(), Now);
        practice.Publish(Official(), null, Now);
        return practice;
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.org/file")]
    [InlineData("www.fixmystreet.com")]
    [InlineData("https://localhost")]
    public void ASourceThatIsNotAWebAddress_IsRefused(string source)
    {
        var error = Assert.Throws<DomainException>(() => Practice.Propose(Resident(), Draft(source), Now));

        Assert.Equal(DomainErrors.PracticeSourceNotAddress, error.Code);
    }

    [Fact]
    public void AYearInTheFuture_OrNoSources_IsRefused()
    {
        Assert.Equal(DomainErrors.PracticeYearRange, Assert.Throws<DomainException>(() => Practice.Propose(Resident(), Draft() with { Year = 2027 }, Now)).Code);
        Assert.Equal(DomainErrors.PracticeSourcesCount, Assert.Throws<DomainException>(() => Practice.Propose(Resident(), Draft() with { Sources = [" "] }, Now)).Code);
    }

    [Fact]
    public void OnlyStaff_PublishOrDecline_AndTheProposerEditsOnlyUntilThen()
    {
        var proposer = Resident();
        var practice = Practice.Propose(proposer, Draft(), Now);

        Assert.Equal(DomainErrors.Forbidden, Assert.Throws<DomainException>(() => practice.Publish(proposer, null, Now)).Code);
        Assert.Equal(DomainErrors.Forbidden, Assert.Throws<DomainException>(() => practice.Decline(Resident(), "Дубликат на друга практика.", Now)).Code);
        practice.Edit(proposer, Draft() with { Title = "FixMyStreet във Великобритания" }, Now);
        practice.Publish(Moderator(), null, Now);

        Assert.True(practice.IsPublic);
        Assert.Equal(DomainErrors.Forbidden, Assert.Throws<DomainException>(() => practice.Edit(proposer, Draft(), Now)).Code);
        Assert.Equal(DomainErrors.PracticeAlreadyPublished, Assert.Throws<DomainException>(() => practice.Decline(Official(), "Късно е вече.", Now)).Code);
    }

    [Fact]
    public void Wants_ReachTheThresholdOnce_AndTheDepartmentIsToldOnce()
    {
        var practice = Published();

        for (var i = 0; i < Practice.WantThreshold + 3; i++)
        {
            practice.Want(Resident(), alreadyWanted: false, Now);
        }
        var want = practice.Want(Resident(), alreadyWanted: false, Now);
        practice.Unwant(want);

        Assert.Equal(Practice.WantThreshold + 3, practice.WantCount);
        Assert.Single(practice.DomainEvents.OfType<PracticeThresholdReached>());
        Assert.Equal(DomainErrors.PracticeAlreadyWanted, Assert.Throws<DomainException>(() => practice.Want(Resident(), alreadyWanted: true, Now)).Code);
    }

    [Fact]
    public void AProposal_CannotBeWanted_NorOpenedAsADialogue()
    {
        var practice = Practice.Propose(Resident(), Draft(), Now);

        Assert.Equal(DomainErrors.NotFound, Assert.Throws<DomainException>(() => practice.Want(Resident(), false, Now)).Code);
        Assert.Equal(DomainErrors.NotFound, Assert.Throws<DomainException>(() => practice.OpenedAs(Official(), DialogueId.New())).Code);
    }

    [Fact]
    public void OneDialogue_IsOpenedFromAPractice_ByStaffOnly()
    {
        var practice = Published();

        Assert.Equal(DomainErrors.Forbidden, Assert.Throws<DomainException>(() => practice.OpenedAs(Resident(), DialogueId.New())).Code);
        practice.OpenedAs(Official(), DialogueId.New());
        Assert.Equal(DomainErrors.PracticeDialogueAlreadyOpened, Assert.Throws<DomainException>(() => practice.OpenedAs(Official(), DialogueId.New())).Code);
    }
}
