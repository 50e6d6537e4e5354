using Dialogues.Domain.Recommendations;
using Dialogues.Domain.Shared;
using static Dialogues.Tests.Domain.Participants.People;
using static Dialogues.Tests.Domain.Recommendations.RecommendationBuilder;

namespace Dialogues.Tests.Domain.Recommendations;

public class RecommendationTests
{
    [Fact]
    public void Register_GivesNumberAndATwoMonthDeadline()
    {
        var recommendation = Registered();

        Assert.Equal("ПР-2026-1", recommendation.Number!.ToString());
        Assert.Equal(new DateOnly(2026, 5, 10), recommendation.Deadline!.DueDate);
        Assert.Equal(RecommendationStatus.Registered, recommendation.Status);
        Assert.True(recommendation.IsPublic);
    }

    [Fact]
    public void Register_ByResident_IsForbidden() =>
        Assert.Equal(DomainErrors.Forbidden, Assert.Throws<DomainException>(() => Submitted().Register(Resident(), new RegistrationNumber("ПР", 2026, 1), Today, 2, Now)).Code);

    [Fact]
    public void Refuse_NeedsAReason_AndEndsTheRecommendation()
    {
        var recommendation = Submitted();

        Assert.Equal(DomainErrors.RecommendationScreeningReason, Assert.Throws<DomainException>(() => recommendation.RefuseRegistration(Moderator(), " ", Now)).Code);
        recommendation.RefuseRegistration(Moderator(), "Това е реклама, не препоръка.", Now);

        Assert.Equal(RecommendationStatus.NotRegistered, recommendation.Status);
        Assert.False(recommendation.IsPublic);
        Assert.Throws<DomainException>(() => recommendation.Register(Moderator(), new RegistrationNumber("ПР", 2026, 1), Today, 2, Now));
    }

    [Fact]
    public void Assign_ByDepartmentHead_IsAllowed_ByOrdinaryOfficial_IsNot()
    {
        var recommendation = Registered();

        Assert.Equal(DomainErrors.Forbidden, Assert.Throws<DomainException>(() => recommendation.AssignTo(Official(Roads), Roads, null, Now)).Code);
        recommendation.AssignTo(Official(Roads, head: true), Roads, null, Now);

        Assert.Equal(Roads, recommendation.DepartmentId);
    }

    [Fact]
    public void Reassign_KeepsTheHistory()
    {
        var recommendation = AssignedToRoads();

        recommendation.AssignTo(Administrator(), Culture, "Грешно разпределена.", Now.AddDays(1));

        Assert.Equal([Roads, Culture], recommendation.Assignments.Select(a => a.Department));
        Assert.Equal(Culture, recommendation.DepartmentId);
    }

    [Fact]
    public void Decide_ByOfficialOfAnotherDepartment_IsRefused()
    {
        var recommendation = AssignedToRoads();

        var error = Assert.Throws<DomainException>(() => recommendation.Decide(Official(Culture), DecisionOutcome.Accepted, "Приемаме препоръката изцяло.", null, Today, Now));

        Assert.Equal(DomainErrors.RecommendationOtherDepartment, error.Code);
        Assert.Null(recommendation.Decision);
    }

    [Theory]
    [InlineData(DecisionOutcome.Rejected, "")]
    [InlineData(DecisionOutcome.Accepted, "Приемаме.")]
    public void Decide_WithoutEnoughReasoning_IsRefused(DecisionOutcome outcome, string reasoning)
    {
        var recommendation = AssignedToRoads();

        var error = Assert.Throws<DomainException>(() => recommendation.Decide(Official(Roads), outcome, reasoning, null, Today, Now));

        Assert.Equal(DomainErrors.RecommendationReasoningRequired, error.Code);
    }

    [Fact]
    public void Decide_WithoutAnOutcome_IsRefused_AndNothingIsDecided()
    {
        var recommendation = AssignedToRoads();

        var error = Assert.Throws<DomainException>(() => recommendation.Decide(Official(Roads), null, "Решението е мотивирано подробно.", null, Today, Now));

        Assert.Equal(DomainErrors.RecommendationOutcomeRequired, error.Code);
        Assert.Null(recommendation.Decision);
    }

    [Fact]
    public void AnswerTemplate_CarriesItsOutcome_AndCannotBeSavedWithoutOne()
    {
        var official = Official(Roads);

        Assert.Equal(DomainErrors.RecommendationOutcomeRequired, Assert.Throws<DomainException>(() =>
            AnswerTemplate.Create(official, "Не е в компетентността ни", null, "Въпросът не е в компетентността на общината.", Now)).Code);
        var template = AnswerTemplate.Create(official, "Не е в компетентността ни", DecisionOutcome.Forwarded, "Въпросът не е в компетентността на общината.", Now);

        Assert.Equal(DecisionOutcome.Forwarded, template.Outcome);
    }

    [Fact]
    public void Decide_Forwarded_NamesTheCompetentBody()
    {
        var recommendation = AssignedToRoads();

        Assert.Equal(DomainErrors.RecommendationForwardedToRequired, Assert.Throws<DomainException>(() =>
            recommendation.Decide(Official(Roads), DecisionOutcome.Forwarded, "Не е в нашата компетентност, препращаме.", null, Today, Now)).Code);
        recommendation.Decide(Official(Roads), DecisionOutcome.Forwarded, "Не е в нашата компетентност, препращаме.", "АПИ", Today, Now);

        Assert.Equal(RecommendationStatus.Decided, recommendation.Status);
    }

    [Fact]
    public void Decide_Accepted_StartsImplementation_AndClosesTheDeadline()
    {
        var recommendation = AssignedToRoads();

        recommendation.Decide(Official(Roads), DecisionOutcome.Accepted, "Приемаме препоръката изцяло.", null, Today, Now);

        Assert.Equal(RecommendationStatus.Implementing, recommendation.Status);
        Assert.True(recommendation.DeadlineState!.Decided);
        Assert.Throws<DomainException>(() => recommendation.AssignTo(Administrator(), Culture, null, Now));
    }

    [Fact]
    public void Extend_ByHeadOfTheAssignedDepartment_Once()
    {
        var recommendation = AssignedToRoads();
        var head = Official(Roads, head: true);

        Assert.Equal(DomainErrors.Forbidden, Assert.Throws<DomainException>(() =>
            recommendation.ExtendDeadline(Official(Roads), new DateOnly(2026, 7, 10), "Необходимо е допълнително проучване.", 6, Now)).Code);
        recommendation.ExtendDeadline(head, new DateOnly(2026, 7, 10), "Необходимо е допълнително проучване.", 6, Now);

        Assert.Equal(new DateOnly(2026, 7, 10), recommendation.Deadline!.DueDate);
        Assert.Equal(DomainErrors.DeadlineAlreadyExtended, Assert.Throws<DomainException>(() =>
            recommendation.ExtendDeadline(head, new DateOnly(2026, 8, 10), "Още проучване е нужно.", 6, Now)).Code);
    }

    [Fact]
    public void CoSign_OwnRecommendation_IsRefused()
    {
        var author = Resident();
        var recommendation = Registered(author);

        Assert.Equal(DomainErrors.RecommendationOwnSignature, Assert.Throws<DomainException>(() => CoSignature.Sign(recommendation, author, Now)).Code);
        CoSignature.Sign(recommendation, Resident(), Now);
    }

    [Fact]
    public void CoSign_BeforeRegistration_IsRefused() =>
        Assert.Equal(DomainErrors.RecommendationNotOpenForSignatures, Assert.Throws<DomainException>(() => CoSignature.Sign(Submitted(), Resident(), Now)).Code);

    [Fact]
    public void Rating_OnlyOnceImplemented_AndOneToFive()
    {
        var recommendation = AssignedToRoads();
        var official = Official(Roads);
        recommendation.Decide(official, DecisionOutcome.Accepted, "Приемаме препоръката изцяло.", null, Today, Now);

        Assert.Equal(DomainErrors.RecommendationNotImplemented, Assert.Throws<DomainException>(() => OutcomeRating.Rate(recommendation, Resident(), 5, Now)).Code);
        recommendation.CompleteImplementation(official, Now);
        Assert.Throws<DomainException>(() => OutcomeRating.Rate(recommendation, Resident(), 6, Now));
        Assert.Equal(4, OutcomeRating.Rate(recommendation, Resident(), 4, Now).Score);
    }

    [Fact]
    public void Communication_IsRecordedOnceAfterTheDecision()
    {
        var recommendation = AssignedToRoads();

        Assert.Throws<DomainException>(() => recommendation.RecordCommunication(Now, null));
        recommendation.Decide(Official(Roads), DecisionOutcome.Rejected, "Няма правно основание за тази мярка.", null, Today, Now);
        recommendation.RecordCommunication(Now.AddDays(1), null);
        recommendation.RecordCommunication(Now.AddDays(5), "писмо");

        Assert.Equal(Now.AddDays(1), recommendation.CommunicatedAt);
    }
}
