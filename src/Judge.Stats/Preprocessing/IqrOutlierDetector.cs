namespace Judge.Stats.Preprocessing;

/// <summary>
/// Kayenta's IQRDetector: a value is an outlier when it lies strictly outside
/// [Q1 − f·IQR, Q3 + f·IQR]. With reduced sensitivity the fences widen to at least the 1st and 99th percentiles,
/// so only the extreme tail of a large sample can be cut.
/// </summary>
public sealed class IqrOutlierDetector
{
    public IqrOutlierDetector(double factor, bool reduceSensitivity)
    {
        if (!(factor >= 0) || double.IsInfinity(factor))
            throw new ArgumentOutOfRangeException(nameof(factor), factor, "outlier factor must be a finite number ≥ 0");
        Factor = factor;
        ReduceSensitivity = reduceSensitivity;
    }

    public double Factor { get; }

    public bool ReduceSensitivity { get; }

    /// <returns>(NaN, NaN) for an empty sample, which flags nothing.</returns>
    public (double Lower, double Upper) Fences(IReadOnlyList<double> values)
    {
        var sorted = values.ToArray();
        Array.Sort(sorted);
        var q1 = Percentile.R7OfSorted(sorted, 25);
        var q3 = Percentile.R7OfSorted(sorted, 75);
        var iqr = q3 - q1;
        var lower = q1 - Factor * iqr;
        var upper = q3 + Factor * iqr;
        if (ReduceSensitivity)
        {
            lower = Math.Min(Percentile.R7OfSorted(sorted, 1), lower);
            upper = Math.Max(Percentile.R7OfSorted(sorted, 99), upper);
        }
        return (lower, upper);
    }

    /// <summary>One flag per value, in input order.</summary>
    public bool[] Detect(IReadOnlyList<double> values)
    {
        var (lower, upper) = Fences(values);
        return values.Select(v => v > upper || v < lower).ToArray();
    }

    /// <summary>The values that are not outliers, in input order.</summary>
    public double[] RemoveOutliers(IReadOnlyList<double> values)
    {
        var (lower, upper) = Fences(values);
        return values.Where(v => !(v > upper || v < lower)).ToArray();
    }
}
