using System.Globalization;
using Dialogues.App.Infrastructure.Time;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Surveys;

namespace Dialogues.App.Features.Surveys;

/// <summary>
/// The survey builder's form: sections and questions as people edit them (options one per line, dates as local
/// dates), turned into the <see cref="SurveyDraft"/> the domain checks. A new question gets the next free key, so
/// answers and conditions keep pointing at it when its text is corrected.
/// </summary>
public sealed class SurveyBuilderModel
{
    public string Title { get; set; } = "";

    public string? Description { get; set; }

    public DateOnly? OpensOn { get; set; }

    public DateOnly? ClosesOn { get; set; }

    public Guid? Settlement { get; set; }

    public List<SectionModel> Sections { get; } = [];

    public IEnumerable<QuestionModel> Questions => Sections.SelectMany(s => s.Questions);

    public static SurveyBuilderModel New(MunicipalCalendar calendar)
    {
        var model = new SurveyBuilderModel { OpensOn = calendar.Today.AddDays(1), ClosesOn = calendar.Today.AddDays(31) };
        model.AddSection();
        model.AddQuestion(model.Sections[0]);
        return model;
    }

    public static SurveyBuilderModel From(Survey survey, MunicipalCalendar calendar)
    {
        var model = new SurveyBuilderModel
        {
            Title = survey.Title,
            Description = survey.Description,
            OpensOn = calendar.DateOf(survey.OpensAt),
            ClosesOn = calendar.DateOf(survey.ClosesAt.AddTicks(-1)),
            Settlement = survey.AudienceSettlement?.Value,
        };
        model.Sections.AddRange(survey.Sections.Select(section => new SectionModel
        {
            Title = section.Title,
            Description = section.Description,
            Questions = section.Questions.Select(QuestionModel.From).ToList(),
        }));
        return model;
    }

    public void AddSection() => Sections.Add(new SectionModel());

    public QuestionModel AddQuestion(SectionModel section)
    {
        var used = Questions.Select(q => q.Key).ToHashSet();
        var number = Enumerable.Range(1, int.MaxValue).First(n => !used.Contains($"q{n}"));
        var question = new QuestionModel { Key = $"q{number}" };
        section.Questions.Add(question);
        return question;
    }

    public static void Move<T>(List<T> items, int from, int to)
    {
        if (to >= 0 && to < items.Count)
        {
            (items[from], items[to]) = (items[to], items[from]);
        }
    }

    /// <summary>The questions before this one that can show or skip it: choice questions.</summary>
    public IEnumerable<QuestionModel> ConditionSources(QuestionModel question) =>
        Questions.TakeWhile(q => q != question).Where(q => q.Type is QuestionType.SingleChoice or QuestionType.MultipleChoice);

    /// <summary>The survey opens at the start of its first day and closes at the end of its last, in the municipality's time.</summary>
    public SurveyDraft ToDraft(MunicipalCalendar calendar) => new(
        Title,
        Description,
        Sections.Select(s => new SurveySection(s.Title, s.Description, s.Questions.Select(q => q.ToQuestion()).ToList())).ToList(),
        OpensOn is { } opens ? calendar.StartOf(opens) : DateTimeOffset.MinValue,
        ClosesOn is { } closes ? calendar.StartOf(closes.AddDays(1)) : DateTimeOffset.MinValue,
        new SurveyAudience(Settlement is { } s ? new SettlementId(s) : null));

    public sealed class SectionModel
    {
        public string Title { get; set; } = "";

        public string? Description { get; set; }

        public List<QuestionModel> Questions { get; init; } = [];
    }

    public sealed class QuestionModel
    {
        public string Key { get; set; } = "";

        public string Text { get; set; } = "";

        public QuestionType Type { get; set; } = QuestionType.SingleChoice;

        public bool Required { get; set; }

        /// <summary>Options (or a matrix's columns), one per line.</summary>
        public string Options { get; set; } = "";

        /// <summary>A matrix's rows, one per line.</summary>
        public string Rows { get; set; } = "";

        public bool AllowOther { get; set; }

        /// <summary>10 for a 0–10 scale, otherwise 1–5.</summary>
        public int ScaleTop { get; set; } = 5;

        public string? ShowIfKey { get; set; }

        public HashSet<string> ShowIfAnyOf { get; } = [];

        public bool UsesOptions => Type is QuestionType.SingleChoice or QuestionType.MultipleChoice or QuestionType.Matrix or QuestionType.Ranking;

        public IReadOnlyList<string> OptionList => Lines(Options);

        internal static QuestionModel From(SurveyQuestion question)
        {
            var model = new QuestionModel
            {
                Key = question.Key,
                Text = question.Text,
                Type = question.Type,
                Required = question.Required,
                Options = string.Join('\n', question.Options),
                Rows = string.Join('\n', question.Rows),
                AllowOther = question.AllowOther,
                ScaleTop = question.ScaleMax,
                ShowIfKey = question.ShowIf?.QuestionKey,
            };
            model.ShowIfAnyOf.UnionWith(question.ShowIf?.AnyOf ?? []);
            return model;
        }

        internal SurveyQuestion ToQuestion() => new(
            Key,
            Text,
            Type,
            Required,
            UsesOptions ? OptionList : [],
            Type == QuestionType.Matrix ? Lines(Rows) : [],
            AllowOther && Type is QuestionType.SingleChoice or QuestionType.MultipleChoice,
            Type == QuestionType.Scale && ScaleTop == 10 ? 0 : 1,
            Type == QuestionType.Scale && ScaleTop == 10 ? 10 : 5,
            string.IsNullOrEmpty(ShowIfKey) ? null : new ShowIf(ShowIfKey, [.. ShowIfAnyOf]));

        private static List<string> Lines(string text) =>
            text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Key}: {Text}");
    }
}
