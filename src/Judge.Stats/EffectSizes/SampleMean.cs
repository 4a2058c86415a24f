namespace Judge.Stats.EffectSizes;

/// <summary>The arithmetic mean as commons-math computes it (and so Kayenta): a sequential sum, then one
/// correction pass, <c>xbar + Σ(v − xbar)/n</c>.</summary>
public static class SampleMean
{
    /// <summary>NaN for an empty sample.</summary>
    public static double Of(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty)
            return double.NaN;
        var n = (double)values.Length;
        var sum = 0.0;
        foreach (var v in values)
            sum += v;
        var xbar = sum / n;
        var correction = 0.0;
        foreach (var v in values)
            correction += v - xbar;
        return xbar + correction / n;
    }
}
