using Dialogues.Domain.Surveys;

namespace Dialogues.App.Features.Surveys;

/// <summary>
/// What a person has filled in on a survey's form, question by question, turned into the answers the domain checks.
/// It also says which questions are asked, so a question shown by an earlier answer appears as soon as it is given.
/// </summary>
public sealed class AnswerSheet
{
    private readonly Dictionary<string, Entry> _entries;

    public AnswerSheet(Survey survey, IReadOnlyList<Answer>? given = null)
    {
        Survey = survey;
        _entries = survey.Questions.ToDictionary(q => q.Key, q => Entry.From(q, given?.FirstOrDefault(a => a.QuestionKey == q.Key)));
    }

    public Survey Survey { get; }

    public Entry this[string questionKey] => _entries[questionKey];

    /// <summary>The answers given to the questions that are asked, in the survey's order.</summary>
    public IReadOnlyList<Answer> Answers
    {
        get
        {
            var given = new Dictionary<string, Answer>();
            foreach (var question in Survey.Questions.Where(q => Survey.IsAsked(q, given)))
            {
                if (_entries[question.Key].ToAnswer(question) is { IsEmpty: false } answer)
                {
                    given[question.Key] = answer;
                }
            }
            return [.. given.Values];
        }
    }

    public bool IsAsked(SurveyQuestion question) => Survey.IsAsked(question, Answers.ToDictionary(a => a.QuestionKey));

    /// <summary>One question's inputs, whatever its type uses of them.</summary>
    public sealed class Entry
    {
        public string Text { get; set; } = "";

        /// <summary>The one option chosen (single choice, scale), or <see cref="OtherChoice"/>.</summary>
        public string? Choice { get; set; }

        public HashSet<string> Chosen { get; } = [];

        public bool OtherChosen { get; set; }

        public string Other { get; set; } = "";

        /// <summary>A matrix's column chosen in each row.</summary>
        public Dictionary<string, string> Grid { get; } = [];

        /// <summary>A ranking's options, most preferred first; it counts as an answer once the person ranked them.</summary>
        public List<string> Order { get; } = [];

        public bool Ranked { get; set; }

        public const string OtherChoice = "\u0000other";

        public void Move(int from, int to)
        {
            if (to < 0 || to >= Order.Count)
            {
                return;
            }
            (Order[from], Order[to]) = (Order[to], Order[from]);
            Ranked = true;
        }

        internal static Entry From(SurveyQuestion question, Answer? answer)
        {
            var entry = new Entry();
            entry.Order.AddRange(question.Type == QuestionType.Ranking && answer is not null ? answer.Values : question.Options);
            if (answer is null)
            {
                return entry;
            }
            switch (question.Type)
            {
                case QuestionType.SingleChoice or QuestionType.Scale:
                    entry.Choice = answer.Other is not null ? OtherChoice : First(answer);
                    break;
                case QuestionType.MultipleChoice:
                    entry.Chosen.UnionWith(answer.Values);
                    entry.OtherChosen = answer.Other is not null;
                    break;
                case QuestionType.Matrix:
                    foreach (var pair in answer.Values.Select(v => v.Split('=', 2)))
                    {
                        entry.Grid[pair[0]] = pair[1];
                    }
                    break;
                case QuestionType.Ranking:
                    entry.Ranked = true;
                    break;
                default:
                    entry.Text = First(answer) ?? "";
                    break;
            }
            entry.Other = answer.Other ?? "";
            return entry;
        }

        private static string? First(Answer answer) => answer.Values.Count > 0 ? answer.Values[0] : null;

        internal Answer ToAnswer(SurveyQuestion question)
        {
            var other = OtherText(question);
            return question.Type switch
            {
                QuestionType.SingleChoice when Choice == OtherChoice => new Answer(question.Key, [], other),
                QuestionType.SingleChoice or QuestionType.Scale => new Answer(question.Key, Choice is null ? [] : [Choice]),
                QuestionType.MultipleChoice => new Answer(question.Key, question.Options.Where(Chosen.Contains).ToList(), OtherChosen ? other : null),
                QuestionType.Matrix => new Answer(question.Key, question.Rows.Where(Grid.ContainsKey).Select(r => $"{r}={Grid[r]}").ToList()),
                QuestionType.Ranking => new Answer(question.Key, Ranked ? [.. Order] : []),
                _ => new Answer(question.Key, string.IsNullOrWhiteSpace(Text) ? [] : [Text.Trim()]),
            };
        }

        private string? OtherText(SurveyQuestion question) => question.AllowOther && !string.IsNullOrWhiteSpace(Other) ? Other.Trim() : null;
    }
}
