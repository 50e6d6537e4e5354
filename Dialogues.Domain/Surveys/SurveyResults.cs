using System.Globalization;

namespace Dialogues.Domain.Surveys;

/// <summary>How many chose each option (for a matrix, each row's columns; for a ranking, the mean rank of each option and how many put it at each place).</summary>
public sealed record QuestionResult(SurveyQuestion Question, int Answered, IReadOnlyList<OptionCount> Counts, IReadOnlyList<RowCounts> Rows, decimal? Mean);

/// <summary><paramref name="IsOther"/>: the count of "other" answers, whose texts are not published.</summary>
public sealed record OptionCount(string Option, int Count, decimal? MeanRank = null, bool IsOther = false);

public sealed record RowCounts(string Row, IReadOnlyList<OptionCount> Counts);

/// <summary>One group of a breakdown (a settlement, an age band, a sector) and its counts, or none when it is too small to show.</summary>
public sealed record BreakdownCell(string Group, int Responses, IReadOnlyList<OptionCount>? Counts);

/// <summary>
/// The published results of a closed survey. Answers to open questions are not published (only how many answered);
/// breakdowns show a group only when at least <see cref="MinCell"/> people in it answered, so nobody can be picked
/// out of a small village's answers.
/// </summary>
public static class SurveyResults
{
    public const int MinCell = 5;

    public static IReadOnlyList<QuestionResult> Tally(Survey survey, IReadOnlyList<SurveyResponse> responses) =>
        survey.Questions.Select(q => Tally(q, responses.Select(r => r.Answers.FirstOrDefault(a => a.QuestionKey == q.Key)).OfType<Answer>().ToList())).ToList();

    public static QuestionResult Tally(SurveyQuestion question, IReadOnlyList<Answer> answers)
    {
        switch (question.Type)
        {
            case QuestionType.SingleChoice or QuestionType.MultipleChoice:
                var counts = question.Options.Select(o => new OptionCount(o, answers.Count(a => a.Values.Contains(o)))).ToList();
                if (question.AllowOther)
                {
                    counts.Add(new OptionCount("", answers.Count(a => a.Other is not null), IsOther: true));
                }
                return new QuestionResult(question, answers.Count, counts, [], null);
            case QuestionType.Scale:
                var points = Enumerable.Range(question.ScaleMin, question.ScaleMax - question.ScaleMin + 1).Select(p => p.ToString(CultureInfo.InvariantCulture)).ToList();
                return new QuestionResult(question, answers.Count, points.Select(p => new OptionCount(p, answers.Count(a => a.Values[0] == p))).ToList(), [],
                    answers.Count == 0 ? null : Math.Round((decimal)answers.Average(a => int.Parse(a.Values[0], CultureInfo.InvariantCulture)), 2));
            case QuestionType.Number:
                return new QuestionResult(question, answers.Count, [], [],
                    answers.Count == 0 ? null : Math.Round(answers.Average(a => decimal.Parse(a.Values[0], CultureInfo.InvariantCulture)), 2));
            case QuestionType.Matrix:
                var rows = question.Rows.Select(row => new RowCounts(row, question.Options
                    .Select(column => new OptionCount(column, answers.Count(a => a.Values.Contains($"{row}={column}")))).ToList())).ToList();
                return new QuestionResult(question, answers.Count, [], rows, null);
            case QuestionType.Ranking:
                var ranks = question.Options.Select(o => new OptionCount(o, answers.Count(a => a.Values.Count > 0 && a.Values[0] == o),
                    answers.Count == 0 ? null : Math.Round((decimal)answers.Average(a => a.Values.ToList().IndexOf(o) + 1), 2))).ToList();
                // How many put each option at each place, for the stacked bars.
                var places = Enumerable.Range(1, question.Options.Count).ToList();
                var byPlace = question.Options.Select(o => new RowCounts(o, places
                    .Select(p => new OptionCount(p.ToString(CultureInfo.InvariantCulture), answers.Count(a => a.Values.Count >= p && a.Values[p - 1] == o))).ToList())).ToList();
                return new QuestionResult(question, answers.Count, ranks, byPlace, null);
            default:
                // Open answers (text, dates) are counted, never shown.
                return new QuestionResult(question, answers.Count, [], [], null);
        }
    }

    /// <summary>
    /// A choice question's counts per group. Groups under <see cref="MinCell"/> responses show no counts, and neither
    /// do the next smallest while the hidden ones together stay under it: otherwise one small village's answers could
    /// be worked out as the total minus the groups shown.
    /// </summary>
    public static IReadOnlyList<BreakdownCell> Breakdown(SurveyQuestion question, IReadOnlyList<SurveyResponse> responses, Func<SurveyResponse, string?> groupOf)
    {
        var groups = responses.Select(r => (Group: groupOf(r), Answer: r.Answers.FirstOrDefault(a => a.QuestionKey == question.Key)))
            .Where(x => x.Group is not null && x.Answer is not null)
            .GroupBy(x => x.Group!, x => x.Answer!)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, Answers: g.ToList()))
            .ToList();
        var hidden = groups.Where(g => g.Answers.Count < MinCell).Select(g => g.Key).ToHashSet();
        while (hidden.Count > 0 && groups.Where(g => hidden.Contains(g.Key)).Sum(g => g.Answers.Count) < MinCell && hidden.Count < groups.Count)
        {
            hidden.Add(groups.Where(g => !hidden.Contains(g.Key)).MinBy(g => g.Answers.Count).Key);
        }
        return groups.Select(g => hidden.Contains(g.Key)
                ? new BreakdownCell(g.Key, g.Answers.Count, null)
                : new BreakdownCell(g.Key, g.Answers.Count, Tally(question, g.Answers).Counts))
            .ToList();
    }
}
