using Dialogues.Domain.Acts;
using Dialogues.Domain.Shared;
using static Dialogues.Tests.Domain.Acts.ActBuilder;
using static Dialogues.Tests.Domain.Participants.People;

namespace Dialogues.Tests.Domain.Acts;

public class LegalityRulesTests
{
    private static IEnumerable<LegalityRule> Flags(Act act) => act.LegalityFlags.Select(f => f.Rule);

    [Fact]
    public void Consultation_Of30Days_IsNotFlagged() => Assert.Empty(Flags(Published(Draft(consultationDays: 30))));

    [Fact]
    public void Consultation_Of29DaysWithoutReason_IsFlagged() =>
        Assert.Equal([LegalityRule.ConsultationShorterThan30Days], Flags(Published(Draft(consultationDays: 29))));

    [Fact]
    public void Consultation_Of29DaysWithStatedReason_IsNotFlagged() =>
        Assert.Empty(Flags(Published(Draft(consultationDays: 29, reason: "Спешна промяна заради нов закон."))));

    [Fact]
    public void Consultation_Of14DaysWithReason_IsNotFlagged() =>
        Assert.Empty(Flags(Published(Draft(consultationDays: 14, reason: "Спешна промяна заради нов закон."))));

    [Fact]
    public void Consultation_Of13Days_IsFlaggedEvenWithAReason() =>
        Assert.Equal([LegalityRule.ConsultationShorterThan14Days], Flags(Published(Draft(consultationDays: 13, reason: "Спешно."))));

    [Fact]
    public void Adoption_OnTheLastDayOfConsultation_IsBeforeItEnded()
    {
        var lastDay = Start.AddDays(29);

        var rules = Flags(Published(Draft(adoptedOn: lastDay)));

        Assert.Contains(LegalityRule.AdoptedBeforeConsultationEnded, rules);
    }

    [Fact]
    public void Adoption_TheDayAfterConsultationWithSummaryPublished_IsNotFlagged()
    {
        var official = Drafter();
        var act = Published(Draft(), official);
        act.PublishSummary(official, [], [], Start.AddDays(30), Now.AddDays(30));

        act.Edit(official, Draft(adoptedOn: Start.AddDays(31)), "Приета от общинския съвет.", act.RevisionCount, Now.AddDays(31));

        Assert.Empty(Flags(act));
    }

    [Fact]
    public void Adoption_WithoutPublishedSummary_IsFlagged()
    {
        var act = Published(Draft(adoptedOn: Start.AddDays(40)));

        Assert.Equal([LegalityRule.AdoptedWithoutSummary], Flags(act));
    }

    [Fact]
    public void Adoption_OfAnOrdinanceWithNoConsultation_IsFlagged() =>
        Assert.Equal([LegalityRule.AdoptedWithoutConsultation], Flags(Published(Draft(consultation: false, adoptedOn: Start))));

    [Fact]
    public void Draft_WithoutMotives_IsFlagged() =>
        Assert.Equal([LegalityRule.DraftWithoutMotivesOrImpactAssessment], Flags(Published(Draft(motives: null))));

    [Fact]
    public void CouncilDecision_IsNotUnderTheConsultationRules() =>
        Assert.Empty(Flags(Published(Draft(type: ActType.CouncilDecision, consultationDays: 5, adoptedOn: Start))));

    [Fact]
    public void Flags_AreRecomputedWhenTheFactsChange_AndKeepTheirExplanation()
    {
        var official = Drafter();
        var act = Published(Draft(consultationDays: 10), official);
        act.ExplainFlag(official, LegalityRule.ConsultationShorterThan14Days, "Законът изискваше промяна до края на месеца.", Now);

        act.Edit(official, Draft(consultationDays: 12), "Удължаваме срока с два дни.", act.RevisionCount, Now);
        Assert.Equal("Законът изискваше промяна до края на месеца.", act.LegalityFlags.Single().Explanation);

        act.Edit(official, Draft(consultationDays: 30), "Удължаваме срока до 30 дни.", act.RevisionCount, Now);
        Assert.Empty(act.LegalityFlags);
        Assert.Equal(0, act.LegalityFlagCount);
    }

    [Fact]
    public void ExplainFlag_ByAResident_IsForbidden()
    {
        var act = Published(Draft(consultationDays: 10));

        Assert.Throws<DomainException>(() => act.ExplainFlag(Resident(), LegalityRule.ConsultationShorterThan14Days, "Обяснение от жител.", Now));
    }
}
