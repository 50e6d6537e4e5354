using System.ComponentModel.DataAnnotations;
using Dialogues.Domain.Problems;

namespace Dialogues.App.Features.Problems;

public sealed class ProblemsOptions
{
    public const string Section = "Problems";

    /// <summary>The signal deadline: months to answer a report (АПК чл. 121).</summary>
    [Range(1, 12)]
    public int AnswerMonths { get; set; } = 2;

    /// <summary>How close an open report of the same category must be to be offered as a possible duplicate.</summary>
    [Range(10, 5_000)]
    public double DuplicateRadiusMeters { get; set; } = 100;

    /// <summary>The municipality's territory; reports outside it are refused.</summary>
    public double South { get; set; } = 42.78;

    public double West { get; set; } = 23.55;

    public double North { get; set; } = 43.05;

    public double East { get; set; } = 24.05;

    /// <summary>Map tiles; the map works without them (markers on a plain background, coordinates in the form).</summary>
    public string TileUrl { get; set; } = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    public string TileAttribution { get; set; } = "© OpenStreetMap";

    public GeoBounds Bounds => new(South, West, North, East);
}
