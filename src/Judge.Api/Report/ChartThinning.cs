namespace Judge.Api.Report;

/// <summary>
/// Keeps the page light for long series: above <see cref="MaxPoints"/> samples a side is sent as the min and max of
/// each of <see cref="Buckets"/> consecutive buckets (spikes stay visible over time) plus its empirical CDF sampled at
/// <see cref="Buckets"/> ranks (the distribution chart stays exact at those ranks).
/// </summary>
public static class ChartThinning
{
    public const int MaxPoints = 2000;
    public const int Buckets = 1000;

    public static SideSeries Side(IReadOnlyList<double> values, long? start, long? step)
    {
        var points = values.Select(v => double.IsFinite(v) ? v : (double?)null).ToList();
        if (points.Count <= MaxPoints)
            return new SideSeries(start, step, points);

        var bucketSize = (points.Count + Buckets - 1) / Buckets;
        var envelope = new List<double?>(2 * Buckets);
        for (var first = 0; first < points.Count; first += bucketSize)
        {
            var bucket = points.GetRange(first, Math.Min(bucketSize, points.Count - first))
                .Select((v, i) => (v, i)).Where(p => p.v is not null).ToList();
            if (bucket.Count == 0)
            {
                envelope.Add(null);
                envelope.Add(null);
                continue;
            }
            var low = bucket.MinBy(p => p.v!.Value);
            var high = bucket.MaxBy(p => p.v!.Value);
            // In time order, so a spike sits on the side of its bucket where it happened.
            envelope.Add(low.i <= high.i ? low.v : high.v);
            envelope.Add(low.i <= high.i ? high.v : low.v);
        }
        // Two envelope values per bucket: each stands for half a bucket of time.
        var envelopeStep = step is { } s ? s * bucketSize / 2 : (long?)null;
        return new SideSeries(start, envelopeStep, envelope, Ecdf(points), points.Count);
    }

    /// <summary>[value, share of samples ≤ value] at <see cref="Buckets"/> evenly spaced ranks, the last one included.</summary>
    private static IReadOnlyList<double[]> Ecdf(IEnumerable<double?> points)
    {
        var sorted = points.OfType<double>().Order().ToArray();
        var n = sorted.Length;
        if (n == 0)
            return [];
        return Enumerable.Range(1, Math.Min(Buckets, n))
            .Select(k => (int)Math.Ceiling((double)k * n / Math.Min(Buckets, n)) - 1)
            .Distinct()
            .Select(rank => new[] { sorted[rank], (rank + 1) / (double)n })
            .ToList();
    }
}
