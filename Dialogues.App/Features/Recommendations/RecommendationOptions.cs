using System.ComponentModel.DataAnnotations;

namespace Dialogues.App.Features.Recommendations;

/// <summary>The legal terms of АПК чл. 118, configurable as the law allows.</summary>
public sealed class RecommendationOptions
{
    public const string Section = "Recommendations";

    /// <summary>From registration to the decision.</summary>
    [Range(1, 12)]
    public int AnswerMonths { get; set; } = 2;

    /// <summary>The longest total term an extension may reach, counted from registration.</summary>
    [Range(1, 24)]
    public int MaxTotalMonths { get; set; } = 6;
}
