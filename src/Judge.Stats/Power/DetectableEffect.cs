using Judge.Stats.Distributions;

namespace Judge.Stats.Power;

/// <summary>
/// The smallest relative change a metric's data would flag about 80 % of the time. A change δ is flagged when the
/// interval clears the tolerance band ±tolerance·|estimate|, i.e. when the estimate exceeds z·SE/(1 − tolerance);
/// with the estimate ~ N(δ, SE²) that happens 80 % of the time at δ = SE·(z/(1 − tolerance) + z₀.₈).
/// </summary>
internal static class DetectableEffect
{
    private const double PowerQuantile = 0.8416212335729143;

    /// <summary>From an interval of the shift (its half-width gives the standard error) relative to a location.</summary>
    /// <returns>+∞ when the location is 0 or the interval is unbounded.</returns>
    public static double OfInterval(double lower, double upper, double location, double confidenceLevel, double tolerance)
    {
        var z = NormalQuantile.TwoSidedCritical(confidenceLevel);
        var standardError = (upper - lower) / (2 * z);
        var shift = standardError * (z / (1 - tolerance) + PowerQuantile);
        return location == 0 || !double.IsFinite(shift) ? double.PositiveInfinity : shift / Math.Abs(location);
    }

    /// <summary>From a log-scale standard error: the relative increase exp(δ) − 1.</summary>
    public static double OfLogStandardError(double standardError, double confidenceLevel, double tolerance)
    {
        var z = NormalQuantile.TwoSidedCritical(confidenceLevel);
        return Math.Exp(standardError * (z / (1 - tolerance) + PowerQuantile)) - 1;
    }
}
