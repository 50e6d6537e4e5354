using Dialogues.Domain.Shared;
using Dialogues.Domain.Surveys;
using static Dialogues.Tests.Domain.Participants.People;
using static Dialogues.Tests.Domain.Surveys.SurveyBuilder;

namespace Dialogues.Tests.Domain.Surveys;

public class SurveyTests
{
    [Fact]
    public void OnlyStaff_BuildASurvey_AndItsQuestionsAreFrozenOncePublished()
    {
        Assert.Equal(DomainErrors.Forbidden, Assert.Throws<DomainException>(() => Survey.Create(Resident(), Draft(), Now)).Code);
        var survey = Published();

        Assert.Equal(DomainErrors.SurveyAlreadyPublished, Assert.Throws<DomainException>(() => survey.Edit(Official(), Draft())).Code);
    }

    [Theory]
    [InlineData("later")]
    [InlineData("scale-1-7")]
    [InlineData("one-option")]
    [InlineData("duplicate-key")]
    [InlineData("other-on-scale")]
    public void AMalformedQuestion_IsRefused(string flaw)
    {
        SurveyQuestion[] questions = flaw switch
        {
            "later" => [new("a", "Първи?", QuestionType.ShortText, ShowIf: new ShowIf("b", ["Да"])), new("b", "Втори?", QuestionType.SingleChoice, Options: ["Да", "Не"])],
            "scale-1-7" => [new("a", "Оценка?", QuestionType.Scale, ScaleMin: 1, ScaleMax: 7)],
            "one-option" => [new("a", "Избор?", QuestionType.SingleChoice, Options: ["Да"])],
            "duplicate-key" => [new("a", "Първи?", QuestionType.ShortText), new("a", "Втори?", QuestionType.ShortText)],
            _ => [new("a", "Оценка?", QuestionType.Scale, AllowOther: true)],
        };

        var error = Assert.Throws<DomainException>(() => Survey.Create(Official(), Draft() with { Sections = [new("Раздел", null, questions)] }, Now));

        Assert.Equal(DomainErrors.SurveyQuestionInvalid, error.Code);
    }

    [Fact]
    public void ARequiredQuestion_MustBeAnswered_AndAnAnswerMustFitItsQuestion()
    {
        var survey = Published();

        Assert.Equal(DomainErrors.SurveyAnswerRequired, Assert.Throws<DomainException>(() => survey.Check([Answer.Of("online", "Да")])).Code);
        Assert.Equal(DomainErrors.SurveyAnswerInvalid, Assert.Throws<DomainException>(() => survey.Check([.. Yes(), Answer.Of("trust", "9")])).Code);
        Assert.Equal(DomainErrors.SurveyAnswerInvalid, Assert.Throws<DomainException>(() => survey.Check([Answer.Of("online", "Да"), Answer.Of("trust", "6")])).Code);
        Assert.Equal(DomainErrors.SurveyAnswerInvalid, Assert.Throws<DomainException>(() => survey.Check([.. Yes(), Answer.Of("priorities", "Пътища", "Училища")])).Code);
        Assert.Equal(DomainErrors.SurveyAnswerInvalid, Assert.Throws<DomainException>(() => survey.Check([.. Yes(), Answer.Of("areas", "Екология=Отлично")])).Code);
        Assert.Equal(DomainErrors.SurveyAnswerInvalid, Assert.Throws<DomainException>(() => survey.Check([.. Yes(), Answer.Of("since", "01.12.2020")])).Code);
        Assert.Equal(DomainErrors.NotFound, Assert.Throws<DomainException>(() => survey.Check([.. Yes(), Answer.Of("no-such", "Да")])).Code);
    }

    [Fact]
    public void AQuestionShownByAnEarlierAnswer_IsKeptOnlyWhenThatAnswerWasGiven_AndOtherIsAllowedWhereOffered()
    {
        var survey = Published();
        var whyNot = new Answer("why-not", ["Нямам време"], Other: "Грижа за болен роднина");

        var skipped = survey.Check([.. Yes(), whyNot]);
        var asked = survey.Check([Answer.Of("online", "Не"), Answer.Of("trust", "2"), whyNot,
            Answer.Of("areas", "Екология=Лошо", "Транспорт=Средно"), Answer.Of("priorities", "Училища", "Пътища", "Паркове"),
            Answer.Of("hours", "2.5"), Answer.Of("since", "2020-06-01")]);

        Assert.False(skipped.ContainsKey("why-not"));
        Assert.Equal(whyNot, asked["why-not"]);
        Assert.Equal(7, asked.Count);
    }

    [Fact]
    public void OneResponsePerAccount_OnlyWhileOpen_AndASettlementsSurveyOnlyForItsPeople()
    {
        var resident = Resident();
        var village = Published(new SurveyAudience(Vrachesh));

        Assert.Equal(DomainErrors.SurveyNotForYou, Assert.Throws<DomainException>(() =>
            SurveyResponse.Submit(village, resident, livesIn: null, false, Yes(), new RespondentProfile(), Now)).Code);
        var response = SurveyResponse.Submit(village, resident, Vrachesh, false, Yes(), new RespondentProfile(), Now);
        Assert.Equal(DomainErrors.SurveyAlreadyAnswered, Assert.Throws<DomainException>(() =>
            SurveyResponse.Submit(village, resident, Vrachesh, alreadyAnswered: true, Yes(), new RespondentProfile(), Now)).Code);

        response.Change(village, resident, Yes(trust: 1), new RespondentProfile(Age: AgeBand.From30To44), Now.AddDays(1));
        Assert.Equal(("1", Vrachesh), (response.Answers[1].Values[0], response.Profile.Settlement));
        Assert.Equal(DomainErrors.SurveyNotOpen, Assert.Throws<DomainException>(() =>
            response.Change(village, resident, Yes(), new RespondentProfile(), village.ClosesAt)).Code);
    }

    [Fact]
    public void StaffEnterPaperQuestionnaires_MarkedAsPaper_EvenAfterTheSurveyCloses()
    {
        var survey = Published();

        Assert.Equal(DomainErrors.Forbidden, Assert.Throws<DomainException>(() => SurveyResponse.EnterPaper(survey, Resident(), Yes(), new RespondentProfile(), Now)).Code);
        var paper = SurveyResponse.EnterPaper(survey, Official(), Yes(), new RespondentProfile(Vrachesh, AgeBand.From65), survey.ClosesAt.AddDays(2));

        Assert.True(paper.IsPaper);
        Assert.Null(paper.RespondentId);
    }

    [Fact]
    public void Results_AreReadOnlyAfterClosing_OpenAnswersAreNotShown_AndSmallGroupsHideTheirCounts()
    {
        var survey = Published();
        var responses = Enumerable.Range(0, 7).Select(i => SurveyResponse.EnterPaper(survey, Official(),
            [Answer.Of("online", i < 5 ? "Да" : "Не"), Answer.Of("trust", (1 + (i % 5)).ToString(System.Globalization.CultureInfo.InvariantCulture)), Answer.Of("ideas", $"Идея {i}")],
            new RespondentProfile(Sector: i < 5 ? RespondentSector.Resident : RespondentSector.Business), Now)).ToList();

        Assert.False(survey.ResultsPublishedAt(Now));
        Assert.True(survey.ResultsPublishedAt(survey.ClosesAt));
        var results = SurveyResults.Tally(survey, responses);
        var online = results.Single(r => r.Question.Key == "online");
        Assert.Equal([5, 2, 0], online.Counts.Select(c => c.Count));
        Assert.Equal(2.57m, results.Single(r => r.Question.Key == "trust").Mean);  // 1, 2, 3, 4, 5, 1, 2
        var ideas = results.Single(r => r.Question.Key == "ideas");
        Assert.Equal((7, 0), (ideas.Answered, ideas.Counts.Count));

        // Two groups, one too small: showing the other would give the small one away as the total minus it.
        var bySector = SurveyResults.Breakdown(online.Question, responses, r => r.Profile.Sector?.ToString());
        Assert.Equal([("Business", 2, false), ("Resident", 5, false)], bySector.Select(c => (c.Group, c.Responses, c.Counts is not null)));

        var ngos = Enumerable.Range(0, 6).Select(_ => SurveyResponse.EnterPaper(survey, Official(), [Answer.Of("online", "Да"), Answer.Of("trust", "3")],
            new RespondentProfile(Sector: RespondentSector.Ngo), Now));
        var public_ = Enumerable.Range(0, 4).Select(_ => SurveyResponse.EnterPaper(survey, Official(), [Answer.Of("online", "Не"), Answer.Of("trust", "3")],
            new RespondentProfile(Sector: RespondentSector.PublicSector), Now));
        // Hidden together (2 + 4) the small groups reach the minimum, so the larger ones show.
        var four = SurveyResults.Breakdown(online.Question, [.. responses, .. ngos, .. public_], r => r.Profile.Sector?.ToString());
        Assert.Equal([("Business", 2, false), ("Ngo", 6, true), ("PublicSector", 4, false), ("Resident", 5, true)],
            four.Select(c => (c.Group, c.Responses, c.Counts is not null)));
    }
}
