namespace Judge.Stats.Dependence;

/// <summary>
/// Pooled autocovariances of centred series at lags 0, 1, …: at each lag the products s[t]·s[t − lag] of every series
/// summed in order (series by series, t ascending) and divided by the total length. Four lags share one pass over the
/// data with an accumulator each, so the sums are the same, bit for bit, as one pass per lag, without one pass's chain
/// of dependent additions per lag.
/// </summary>
internal static class AutoCovariances
{
    /// <summary>Fills <paramref name="result"/>[lag] for every lag below its length.</summary>
    public static void Compute(ReadOnlySpan<double[]> series, Span<double> result)
    {
        result.Clear();
        double count = 0;
        foreach (var s in series)
        {
            for (var first = 0; first < result.Length; first += 4)
                AddBlock(s, first, result[first..Math.Min(first + 4, result.Length)]);
            count += s.Length;
        }
        for (var lag = 0; lag < result.Length; lag++)
            result[lag] = count > 0 ? result[lag] / count : 0.0;
    }

    // Lags first .. first + sums.Length − 1 (at most four) of one series, added to the running sums.
    private static void AddBlock(double[] s, int first, Span<double> sums)
    {
        var width = sums.Length;
        var a = (S0: sums[0], S1: width > 1 ? sums[1] : 0, S2: width > 2 ? sums[2] : 0, S3: width > 3 ? sums[3] : 0);
        // The first three steps, where some lags of the block have no term yet.
        var t = first;
        for (; t < first + 3 && t < s.Length; t++)
        {
            a.S0 += s[t] * s[t - first];
            if (width > 1 && t >= first + 1) a.S1 += s[t] * s[t - first - 1];
            if (width > 2 && t >= first + 2) a.S2 += s[t] * s[t - first - 2];
        }
        if (width == 4)
            for (; t < s.Length; t++)
            {
                var v = s[t];
                a.S0 += v * s[t - first];
                a.S1 += v * s[t - first - 1];
                a.S2 += v * s[t - first - 2];
                a.S3 += v * s[t - first - 3];
            }
        else
            for (; t < s.Length; t++)
            {
                var v = s[t];
                a.S0 += v * s[t - first];
                if (width > 1) a.S1 += v * s[t - first - 1];
                if (width > 2) a.S2 += v * s[t - first - 2];
            }
        sums[0] = a.S0;
        if (width > 1) sums[1] = a.S1;
        if (width > 2) sums[2] = a.S2;
        if (width > 3) sums[3] = a.S3;
    }
}
