using System.Globalization;
using Dialogues.Domain.Participants;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;

namespace Dialogues.Domain.Surveys;

public readonly record struct SurveyId(Guid Value) : IEntityId<SurveyId>
{
    public static SurveyId From(Guid value) => new(value);

    public static SurveyId New() => new(Guid.NewGuid());

    public override string ToString() => Value.ToString();
}

public enum QuestionType
{
    ShortText,
    LongText,
    SingleChoice,
    MultipleChoice,
    /// <summary>A scale from <see cref="SurveyQuestion.ScaleMin"/> to <see cref="SurveyQuestion.ScaleMax"/> (1–5 or 0–10).</summary>
    Scale,
    /// <summary>One choice among the columns (<see cref="SurveyQuestion.Options"/>) for each row (<see cref="SurveyQuestion.Rows"/>).</summary>
    Matrix,
    /// <summary>All the options in the order of preference.</summary>
    Ranking,
    Number,
    Date,
}

/// <summary>The question is asked only when the answer to an earlier one included one of these options.</summary>
public sealed record ShowIf(string QuestionKey, IReadOnlyList<string> AnyOf);

/// <summary>
/// One question. <see cref="Key"/> names it within its survey (answers, conditions and the CSV export use it), so a
/// question keeps its answers when its text is corrected.
/// </summary>
public sealed record SurveyQuestion(
    string Key,
    string Text,
    QuestionType Type,
    bool Required = false,
    IReadOnlyList<string>? Options = null,
    IReadOnlyList<string>? Rows = null,
    bool AllowOther = false,
    int ScaleMin = 1,
    int ScaleMax = 5,
    ShowIf? ShowIf = null)
{
    public const int TextMax = 500, OptionMax = 200, MaxOptions = 30, MaxRows = 30, KeyMax = 40;

    public IReadOnlyList<string> Options { get; init; } = Options ?? [];

    public IReadOnlyList<string> Rows { get; init; } = Rows ?? [];

    public bool IsOpen => Type is QuestionType.ShortText or QuestionType.LongText || AllowOther;
}

public sealed record SurveySection(string Title, string? Description, IReadOnlyList<SurveyQuestion> Questions);

/// <summary>Who may answer: everyone with a confirmed account, or the people of one settlement.</summary>
public sealed record SurveyAudience(SettlementId? Settlement = null)
{
    public static readonly SurveyAudience Everyone = new();
}

/// <summary>What staff write when building a survey.</summary>
public sealed record SurveyDraft(
    string? Title,
    string? Description,
    IReadOnlyList<SurveySection> Sections,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    SurveyAudience Audience);

/// <summary>
/// A survey (анкета) built by staff from sections and questions, open between two moments to an audience. Its results
/// are published only after it closes, never while people still answer. Its questions can no longer change once it is
/// published, since answers were given to them.
/// </summary>
public sealed class Survey : AggregateRoot
{
    public const int TitleMin = 5, TitleMax = 200, DescriptionMax = 5_000, SectionTitleMax = 200, MaxQuestions = 150;

    private Survey() => Title = "";

    public SurveyId Id { get; private set; }

    public string Title { get; private set; }

    public string? Description { get; private set; }

    public IReadOnlyList<SurveySection> Sections { get; private set; } = [];

    public IEnumerable<SurveyQuestion> Questions => Sections.SelectMany(s => s.Questions);

    public DateTimeOffset OpensAt { get; private set; }

    public DateTimeOffset ClosesAt { get; private set; }

    public SettlementId? AudienceSettlement { get; private set; }

    public SurveyAudience Audience => new(AudienceSettlement);

    public UserId CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>Officials and administrators build surveys, type in paper questionnaires and export the answers.</summary>
    public static bool MayManage(Actor? actor) => actor is { IsOfficial: true } or { IsAdministrator: true };

    public bool IsOpenAt(DateTimeOffset now) => PublishedAt is not null && OpensAt <= now && now < ClosesAt;

    /// <summary>Results are shown only once answering is over.</summary>
    public bool ResultsPublishedAt(DateTimeOffset now) => PublishedAt is not null && now >= ClosesAt;

    public static Survey Create(Actor author, SurveyDraft draft, DateTimeOffset now)
    {
        DomainException.ThrowIf(!MayManage(author), DomainErrors.Forbidden);
        var survey = new Survey { Id = SurveyId.New(), CreatedBy = author.Id, CreatedAt = now };
        survey.Apply(draft);
        return survey;
    }

    public void Edit(Actor editor, SurveyDraft draft)
    {
        DomainException.ThrowIf(!MayManage(editor), DomainErrors.Forbidden);
        DomainException.ThrowIf(PublishedAt is not null, DomainErrors.SurveyAlreadyPublished);
        Apply(draft);
    }

    public void Publish(Actor editor, DateTimeOffset now)
    {
        DomainException.ThrowIf(!MayManage(editor), DomainErrors.Forbidden);
        DomainException.ThrowIf(PublishedAt is not null, DomainErrors.SurveyAlreadyPublished);
        DomainException.ThrowIf(ClosesAt <= now, DomainErrors.SurveyClosesInPast);
        PublishedAt = now;
        Raise(new SurveyPublished(Id));
    }

    /// <summary>Whether the question is asked, given the answers so far (its condition's question answered with one of its options).</summary>
    public static bool IsAsked(SurveyQuestion question, IReadOnlyDictionary<string, Answer> answers) =>
        question.ShowIf is not { } condition
        || (answers.TryGetValue(condition.QuestionKey, out var earlier) && earlier.Values.Any(condition.AnyOf.Contains));

    /// <summary>
    /// Checks a whole set of answers: every required question that is asked has one, every answer fits its question,
    /// and answers to questions that are not asked are dropped. Returns the answers to keep, by question key.
    /// </summary>
    public IReadOnlyDictionary<string, Answer> Check(IEnumerable<Answer> given)
    {
        var byKey = new Dictionary<string, Answer>();
        foreach (var answer in given.Where(a => !a.IsEmpty))
        {
            DomainException.ThrowIf(!byKey.TryAdd(answer.QuestionKey, answer), DomainErrors.SurveyAnswerInvalid, answer.QuestionKey);
        }
        DomainException.ThrowIf(byKey.Keys.Any(k => Questions.All(q => q.Key != k)), DomainErrors.NotFound);
        var kept = new Dictionary<string, Answer>();
        foreach (var question in Questions)
        {
            if (!IsAsked(question, kept))
            {
                continue;
            }
            if (byKey.TryGetValue(question.Key, out var answer))
            {
                CheckAnswer(question, answer);
                kept[question.Key] = answer;
            }
            else
            {
                DomainException.ThrowIf(question.Required, DomainErrors.SurveyAnswerRequired, question.Text);
            }
        }
        return kept;
    }

    private static void CheckAnswer(SurveyQuestion question, Answer answer)
    {
        var values = answer.Values;
        var fits = question.Type switch
        {
            QuestionType.ShortText => values.Count == 1 && values[0].Length <= Answer.ShortTextMax,
            QuestionType.LongText => values.Count == 1 && values[0].Length <= Answer.LongTextMax,
            QuestionType.SingleChoice => (values.Count == 1 && question.Options.Contains(values[0]) && answer.Other is null)
                || (values.Count == 0 && question.AllowOther && answer.Other is not null),
            QuestionType.MultipleChoice => values.Distinct().Count() == values.Count && values.All(question.Options.Contains)
                && (values.Count > 0 || answer.Other is not null) && (answer.Other is null || question.AllowOther),
            QuestionType.Scale => values.Count == 1 && int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var score)
                && score >= question.ScaleMin && score <= question.ScaleMax,
            // One column per row, given as "row=column", for the rows answered (required: all of them).
            QuestionType.Matrix => MatrixFits(question, values),
            QuestionType.Ranking => values.Count == question.Options.Count && values.Order().SequenceEqual(question.Options.Order()),
            QuestionType.Number => values.Count == 1 && decimal.TryParse(values[0], NumberStyles.Number, CultureInfo.InvariantCulture, out _),
            QuestionType.Date => values.Count == 1 && DateOnly.TryParseExact(values[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            _ => false,
        };
        DomainException.ThrowIf(!fits || answer.Other?.Length > Answer.ShortTextMax, DomainErrors.SurveyAnswerInvalid, question.Text);
    }

    private static bool MatrixFits(SurveyQuestion question, IReadOnlyList<string> values)
    {
        var pairs = values.Select(v => v.Split('=', 2)).ToList();
        return pairs.All(p => p.Length == 2 && question.Rows.Contains(p[0]) && question.Options.Contains(p[1]))
            && pairs.Select(p => p[0]).Distinct().Count() == pairs.Count
            && (!question.Required || pairs.Count == question.Rows.Count)
            && pairs.Count > 0;
    }

    private void Apply(SurveyDraft draft)
    {
        Title = Text.Required(draft.Title, TitleMin, TitleMax, DomainErrors.SurveyTitleLength);
        Description = Text.Optional(draft.Description, DescriptionMax, DomainErrors.SurveyDescriptionLength);
        DomainException.ThrowIf(draft.ClosesAt <= draft.OpensAt, DomainErrors.SurveyDatesOrder);
        var questions = draft.Sections.SelectMany(s => s.Questions).ToList();
        DomainException.ThrowIf(questions.Count is 0 or > MaxQuestions, DomainErrors.SurveyQuestionCount, MaxQuestions);
        var earlier = new Dictionary<string, SurveyQuestion>();
        foreach (var section in draft.Sections)
        {
            Text.Required(section.Title, 1, SectionTitleMax, DomainErrors.SurveySectionTitle);
            foreach (var question in section.Questions)
            {
                CheckQuestion(question, earlier);
                earlier[question.Key] = question;
            }
        }
        Sections = draft.Sections.Select(s => s with { Title = s.Title.Trim(), Description = string.IsNullOrWhiteSpace(s.Description) ? null : s.Description.Trim() }).ToList();
        (OpensAt, ClosesAt, AudienceSettlement) = (draft.OpensAt, draft.ClosesAt, draft.Audience.Settlement);
    }

    /// <summary>A question is well formed, and its condition points at an earlier choice question and its options.</summary>
    private static void CheckQuestion(SurveyQuestion question, Dictionary<string, SurveyQuestion> earlier)
    {
        var key = question.Key?.Trim() ?? "";
        DomainException.ThrowIf(key.Length is 0 or > SurveyQuestion.KeyMax || earlier.ContainsKey(key), DomainErrors.SurveyQuestionInvalid, question.Text ?? "");
        Text.Required(question.Text, 2, SurveyQuestion.TextMax, DomainErrors.SurveyQuestionInvalid);
        var needsOptions = question.Type is QuestionType.SingleChoice or QuestionType.MultipleChoice or QuestionType.Matrix or QuestionType.Ranking;
        var optionsFit = needsOptions
            ? question.Options.Count is >= 2 and <= SurveyQuestion.MaxOptions && question.Options.Distinct().Count() == question.Options.Count
              && question.Options.All(o => o.Trim().Length is > 0 and <= SurveyQuestion.OptionMax && !o.Contains('='))
            : question.Options.Count == 0;
        var rowsFit = question.Type == QuestionType.Matrix
            ? question.Rows.Count is >= 1 and <= SurveyQuestion.MaxRows && question.Rows.Distinct().Count() == question.Rows.Count && question.Rows.All(r => r.Trim().Length > 0 && !r.Contains('='))
            : question.Rows.Count == 0;
        var scaleFits = question.Type != QuestionType.Scale || (question.ScaleMin, question.ScaleMax) is (1, 5) or (0, 10);
        var otherFits = !question.AllowOther || question.Type is QuestionType.SingleChoice or QuestionType.MultipleChoice;
        var conditionFits = question.ShowIf is not { } condition
            || (earlier.TryGetValue(condition.QuestionKey, out var source)
                && source.Type is QuestionType.SingleChoice or QuestionType.MultipleChoice
                && condition.AnyOf.Count > 0 && condition.AnyOf.All(source.Options.Contains));
        DomainException.ThrowIf(!(optionsFit && rowsFit && scaleFits && otherFits && conditionFits), DomainErrors.SurveyQuestionInvalid, question.Text!);
    }
}

public sealed record SurveyPublished(SurveyId SurveyId) : IDomainEvent;
