namespace Judge.Stats.Preprocessing;

/// <summary>
/// The R-7 percentile (commons-math <c>EstimationType.R_7</c>, R's default <c>quantile</c> type):
/// pos = 1 + (n − 1)·p/100 on the sorted values, linear interpolation between neighbours.
/// </summary>
public static class Percentile
{
    /// <param name="p">The percentile in (0, 100].</param>
    /// <returns>NaN for an empty sample.</returns>
    public static double R7(IReadOnlyList<double> values, double p)
    {
        var sorted = values.ToArray();
        Array.Sort(sorted);
        return R7OfSorted(sorted, p);
    }

    /// <summary>As <see cref="R7"/> for values already sorted ascending.</summary>
    public static double R7OfSorted(ReadOnlySpan<double> sorted, double p)
    {
        if (!(p > 0 && p <= 100))
            throw new ArgumentOutOfRangeException(nameof(p), p, "percentile must be in (0, 100]");
        var n = sorted.Length;
        if (n == 0)
            return double.NaN;
        if (n == 1)
            return sorted[0];

        // commons-math divides by 100 first, then scales by n − 1: keep that order for identical rounding.
        var quantile = p / 100d;
        var pos = 1 + (n - 1) * quantile;
        if (pos < 1)
            return sorted[0];
        if (pos >= n)
            return sorted[n - 1];
        var floor = Math.Floor(pos);
        var lower = sorted[(int)floor - 1];
        var upper = sorted[(int)floor];
        return lower + (pos - floor) * (upper - lower);
    }
}
