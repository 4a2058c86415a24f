using MathNet.Numerics.Distributions;

namespace Judge.Stats.Sequential;

/// <summary>
/// The boundary of every look of an analysis that judges a canary again and again, so that the chance that any look
/// fails a canary that did not change is at most 1 − confidence, however many looks there are. Cumulative windows
/// (each look sees everything the previous one saw, and more) get the exact α-spending boundaries of
/// <see cref="SpendingBoundary"/>, by information fraction. Windows that slide are not nested, so the recursion's
/// model does not hold: each look then spends its share of α on its own (Bonferroni), valid whatever the looks'
/// correlation.
/// </summary>
public static class SequentialPlan
{
    /// <param name="windowLengths">each look's window length (any unit), in look order</param>
    /// <param name="cumulative">whether every window starts where the first does (nested windows)</param>
    /// <param name="confidenceLevel">the analysis' confidence level, in (0, 1)</param>
    /// <param name="function">how the error is spent over the looks</param>
    public static IReadOnlyList<LookBoundary> For(IReadOnlyList<double> windowLengths, bool cumulative, double confidenceLevel,
        SpendingFunction function = SpendingFunction.OBrienFleming)
    {
        ArgumentNullException.ThrowIfNull(windowLengths);
        if (!(confidenceLevel > 0 && confidenceLevel < 1))
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel), confidenceLevel, "confidenceLevel must lie strictly between 0 and 1");
        var looks = windowLengths.Count;
        if (looks == 0)
            return [];
        var alpha = 1 - confidenceLevel;
        var last = windowLengths[^1];
        var fractions = windowLengths.Select(length => length / last).ToArray();
        if (cumulative && Increasing(fractions))
        {
            var critical = SpendingBoundary.CriticalValues(fractions, alpha, function);
            return critical.Select((c, k) => new LookBoundary(k + 1, looks, fractions[k], c, SpendingBoundary.ConfidenceOf(c))).ToList();
        }
        return Enumerable.Range(1, looks).Select(k =>
        {
            var share = SpendingBoundary.Spent((double)k / looks, alpha, function) - SpendingBoundary.Spent((double)(k - 1) / looks, alpha, function);
            // From the lower tail, where a tiny share keeps its precision; a share that crosses nothing gets the
            // cumulative branch's critical value for a look that spends nothing.
            var c = share > 0 ? Math.Min(-Normal.InvCDF(0, 1, share / 2), SpendingBoundary.NoCrossing) : SpendingBoundary.NoCrossing;
            return new LookBoundary(k, looks, (double)k / looks, c, Math.Min(1 - share, SpendingBoundary.MaxConfidence));
        }).ToList();
    }

    private static bool Increasing(double[] fractions)
    {
        var previous = 0.0;
        foreach (var f in fractions)
        {
            if (!(f > previous && f <= 1))
                return false;
            previous = f;
        }
        return true;
    }
}
