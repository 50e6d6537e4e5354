using Dialogues.Domain.Participants;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;

namespace Dialogues.Domain.Surveys;

public readonly record struct SurveyResponseId(Guid Value) : IEntityId<SurveyResponseId>
{
    public static SurveyResponseId From(Guid value) => new(value);

    public override string ToString() => Value.ToString();
}

/// <summary>
/// The answer to one question. <see cref="Values"/> hold the text, the chosen options, the scale point, the number
/// (invariant culture), the date (yyyy-MM-dd), a matrix's "row=column" pairs or a ranking's options in order.
/// </summary>
public sealed record Answer(string QuestionKey, IReadOnlyList<string> Values, string? Other = null)
{
    public const int ShortTextMax = 300, LongTextMax = 5_000;

    public bool IsEmpty => Values.All(string.IsNullOrWhiteSpace) && string.IsNullOrWhiteSpace(Other);

    public static Answer Of(string questionKey, params string[] values) => new(questionKey, values);
}

/// <summary>Age bands for breakdowns; answering is optional.</summary>
public enum AgeBand
{
    Under18,
    From18To29,
    From30To44,
    From45To64,
    From65,
}

/// <summary>Whom a respondent speaks as, for breakdowns: the founding survey asked residents, NGOs and businesses alike.</summary>
public enum RespondentSector
{
    Resident,
    Ngo,
    Business,
    PublicSector,
}

/// <summary>Who answered, as far as the breakdowns need; all optional.</summary>
public sealed record RespondentProfile(SettlementId? Settlement = null, AgeBand? Age = null, RespondentSector? Sector = null);

/// <summary>
/// One account's answers to a survey (one per account, editable until it closes), or a paper questionnaire that staff
/// typed in, marked as such, so residents who answer offline count too.
/// </summary>
public sealed class SurveyResponse : AggregateRoot
{
    private SurveyResponse()
    {
    }

    public SurveyResponseId Id { get; private set; }

    public SurveyId SurveyId { get; private set; }

    /// <summary>The account that answered; null for a paper questionnaire.</summary>
    public UserId? RespondentId { get; private set; }

    public bool IsPaper { get; private set; }

    /// <summary>For a paper questionnaire, the member of staff who typed it in.</summary>
    public UserId? EnteredBy { get; private set; }

    public RespondentProfile Profile { get; private set; } = new();

    public IReadOnlyList<Answer> Answers { get; private set; } = [];

    public DateTimeOffset SubmittedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <param name="livesIn">The respondent's settlement, to check a settlement's survey is theirs.</param>
    public static SurveyResponse Submit(Survey survey, Actor respondent, SettlementId? livesIn, bool alreadyAnswered, IEnumerable<Answer> answers, RespondentProfile profile, DateTimeOffset now)
    {
        DomainException.ThrowIf(!survey.IsOpenAt(now), DomainErrors.SurveyNotOpen);
        DomainException.ThrowIf(survey.AudienceSettlement is { } settlement && livesIn != settlement, DomainErrors.SurveyNotForYou);
        DomainException.ThrowIf(alreadyAnswered, DomainErrors.SurveyAlreadyAnswered);
        var response = new SurveyResponse
        {
            Id = new SurveyResponseId(Guid.NewGuid()),
            SurveyId = survey.Id,
            RespondentId = respondent.Id,
            SubmittedAt = now,
        };
        response.Set(survey, answers, profile with { Settlement = profile.Settlement ?? livesIn }, now);
        return response;
    }

    /// <summary>Staff type in a paper questionnaire while the survey is open, or after it closed, before results are read.</summary>
    public static SurveyResponse EnterPaper(Survey survey, Actor staff, IEnumerable<Answer> answers, RespondentProfile profile, DateTimeOffset now, SurveyResponseId? id = null)
    {
        DomainException.ThrowIf(!Survey.MayManage(staff), DomainErrors.Forbidden);
        DomainException.ThrowIf(survey.PublishedAt is null || now < survey.OpensAt, DomainErrors.SurveyNotOpen);
        var response = new SurveyResponse
        {
            Id = id ?? new SurveyResponseId(Guid.NewGuid()),
            SurveyId = survey.Id,
            IsPaper = true,
            EnteredBy = staff.Id,
            SubmittedAt = now,
        };
        response.Set(survey, answers, profile, now);
        return response;
    }

    /// <summary>The respondent changes their answers until the survey closes.</summary>
    public void Change(Survey survey, Actor respondent, IEnumerable<Answer> answers, RespondentProfile profile, DateTimeOffset now)
    {
        DomainException.ThrowIf(survey.Id != SurveyId || respondent.Id != RespondentId, DomainErrors.Forbidden);
        DomainException.ThrowIf(!survey.IsOpenAt(now), DomainErrors.SurveyNotOpen);
        Set(survey, answers, profile with { Settlement = profile.Settlement ?? Profile.Settlement }, now);
    }

    private void Set(Survey survey, IEnumerable<Answer> answers, RespondentProfile profile, DateTimeOffset now)
    {
        var kept = survey.Check(answers);
        Answers = survey.Questions.Where(q => kept.ContainsKey(q.Key)).Select(q => kept[q.Key]).ToList();
        Profile = profile;
        UpdatedAt = now;
        Raise(new SurveyAnswered(SurveyId));
    }
}

public sealed record SurveyAnswered(SurveyId SurveyId) : IDomainEvent;
