using MathNet.Numerics.Distributions;

namespace Judge.Stats.Sequential;

/// <summary>
/// Boundaries for looks whose number nobody fixes in advance (a gate polled until the CD tool stops asking): look k
/// spends α / (k·(k + 1)) of its own, and these shares add up to α however many looks come, so the chance that any
/// look fails a canary that did not change is at most α — whatever the windows' overlap or the series' dependence
/// (a union bound: no model of how the looks correlate is needed). The price is that later looks are held to more.
/// </summary>
public static class OpenEndedLooks
{
    /// <param name="look">1-based look number</param>
    /// <param name="confidenceLevel">the analysis' confidence level, in (0, 1)</param>
    /// <returns>The look's boundary; <see cref="LookBoundary.Looks"/> is 0 (open-ended) and each look judges its own window
    /// (information fraction 1).</returns>
    public static LookBoundary For(int look, double confidenceLevel)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(look, 1);
        if (!(confidenceLevel > 0 && confidenceLevel < 1))
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel), confidenceLevel, "confidenceLevel must lie strictly between 0 and 1");
        var share = (1 - confidenceLevel) / ((double)look * (look + 1));
        var level = Math.Min(1 - share, SpendingBoundary.MaxConfidence);
        return new LookBoundary(look, 0, 1, Normal.InvCDF(0, 1, 1 - (1 - level) / 2), level);
    }
}
