namespace Judge.Stats.Tests.Dependence;

/// <summary>The pooled autocovariance of centred series at one lag, from its definition: Σ over every series and
/// t ≥ lag of s[t]·s[t − lag], over the total length.</summary>
internal static class AutoCovarianceDefinition
{
    public static double Of(IReadOnlyList<double[]> centred, int lag)
    {
        double sum = 0;
        var total = 0;
        foreach (var s in centred)
        {
            for (var t = lag; t < s.Length; t++)
                sum += s[t] * s[t - lag];
            total += s.Length;
        }
        return sum / total;
    }
}
