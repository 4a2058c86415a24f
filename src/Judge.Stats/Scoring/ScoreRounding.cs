using System.Globalization;

namespace Judge.Stats.Scoring;

/// <summary>
/// commons-math <c>Precision.round(x, scale)</c>: round the shortest decimal form of the double half-up
/// (away from zero), so 0.125 → 0.13 even though the binary value is not exactly 0.125-ish elsewhere.
/// </summary>
public static class ScoreRounding
{
    public static double Round(double value, int decimals)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
            return value;
        var shortest = value.ToString("R", CultureInfo.InvariantCulture);
        if (!decimal.TryParse(shortest, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact))
            return Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return (double)Math.Round(exact, decimals, MidpointRounding.AwayFromZero);
    }
}
