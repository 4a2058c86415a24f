using System.Globalization;

namespace Judge.Bench.Simulation;

/// <summary>How the simulation commands write their table cells.</summary>
internal static class SimulationText
{
    /// <summary>count of reps as a percentage with two decimals ("1.25 %").</summary>
    public static string Percent(int count, int reps) => (100.0 * count / reps).ToString("0.00", CultureInfo.InvariantCulture) + " %";

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
