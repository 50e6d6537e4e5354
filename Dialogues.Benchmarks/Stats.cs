using System.Globalization;

namespace Dialogues.Benchmarks;

internal static class Stats
{
    public static string Line(string name, List<double> samples)
    {
        samples.Sort();
        string Ms(double value) => value.ToString("0.0", CultureInfo.InvariantCulture) + " ms";
        return $"| {name} | {Ms(Percentile(samples, 0.50))} | {Ms(Percentile(samples, 0.95))} | {Ms(samples[^1])} |";
    }

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Ceiling(p * sorted.Count) - 1];
}
