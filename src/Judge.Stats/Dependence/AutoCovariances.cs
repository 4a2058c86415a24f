namespace Judge.Stats.Dependence;

/// <summary>
/// Pooled autocovariances of centred series at lags 0, 1, …: at each lag the products s[t]·s[t − lag] of every series
/// summed in order (the first series, then the second, t ascending) and divided by the total length; lags never cross
/// from one series into the other. Four lags share one pass over the data with an accumulator each, so the sums are the
/// same, bit for bit, as one pass per lag, without one pass's chain of dependent additions per lag.
/// </summary>
internal static class AutoCovariances
{
    /// <summary>Fills <paramref name="result"/>[lag] for every lag below its length, from one series or two (an empty
    /// <paramref name="second"/> adds nothing).</summary>
    public static void Compute(ReadOnlySpan<double> first, ReadOnlySpan<double> second, Span<double> result)
    {
        result.Clear();
        Add(first, result);
        Add(second, result);
        double count = first.Length + second.Length;
        for (var lag = 0; lag < result.Length; lag++)
            result[lag] = count > 0 ? result[lag] / count : 0.0;
    }

    private static void Add(ReadOnlySpan<double> s, Span<double> sums)
    {
        for (var first = 0; first < sums.Length; first += 4)
            AddBlock(s, first, sums[first..Math.Min(first + 4, sums.Length)]);
    }

    // Lags first .. first + sums.Length − 1 (at most four) of one series, added to the running sums: four lags in one
    // pass with an accumulator each. A shorter block (the last of a call) still takes one pass: the lags it does not
    // need are summed alongside and dropped, which costs no time because the four sums do not wait on each other.
    private static void AddBlock(ReadOnlySpan<double> s, int first, Span<double> sums)
    {
        double s0 = sums[0], s1 = Sum(sums, 1), s2 = Sum(sums, 2), s3 = Sum(sums, 3);
        var n = s.Length;
        var t = first;
        // The first three steps, where the block's longer lags have no term yet.
        if (t < n)
        {
            s0 += s[t] * s[t - first];
            t++;
        }
        if (t < n)
        {
            s0 += s[t] * s[t - first];
            s1 += s[t] * s[t - first - 1];
            t++;
        }
        if (t < n)
        {
            s0 += s[t] * s[t - first];
            s1 += s[t] * s[t - first - 1];
            s2 += s[t] * s[t - first - 2];
            t++;
        }
        for (; t < n; t++)
        {
            var v = s[t];
            s0 += v * s[t - first];
            s1 += v * s[t - first - 1];
            s2 += v * s[t - first - 2];
            s3 += v * s[t - first - 3];
        }
        ReadOnlySpan<double> block = [s0, s1, s2, s3];
        block[..sums.Length].CopyTo(sums);
    }

    // The running sum of a lag the block holds, 0 for one it only computes alongside.
    private static double Sum(Span<double> sums, int lag) => lag < sums.Length ? sums[lag] : 0.0;
}
