using Judge.Stats.Preprocessing;
using Judge.Stats.Results;

namespace Judge.Stats.Descriptive;

/// <summary>The per-side stats of a judged series as Kayenta reports them, plus the R-7 median.</summary>
public static class SeriesSummary
{
    /// <returns>All zeros with count 0 for an empty series.</returns>
    public static DescriptiveStats Of(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
            return new DescriptiveStats(0, 0, 0, 0, 0, 0);
        var data = values.ToArray();
        var sorted = (double[])data.Clone();
        Array.Sort(sorted);
        return OfSorted(data, sorted);
    }

    /// <summary>As <see cref="Of"/>, given the values in their order and the same values sorted ascending.</summary>
    public static DescriptiveStats OfSorted(ReadOnlySpan<double> data, ReadOnlySpan<double> sorted) =>
        OfSorted(data, sorted, SampleMoments.Mean(data));

    /// <summary>As <see cref="OfSorted(ReadOnlySpan{double}, ReadOnlySpan{double})"/>, given the values'
    /// <see cref="SampleMoments.Mean"/> already.</summary>
    public static DescriptiveStats OfSorted(ReadOnlySpan<double> data, ReadOnlySpan<double> sorted, double mean)
    {
        if (data.Length != sorted.Length)
            throw new ArgumentException("the sorted values must be the same values", nameof(sorted));
        if (data.IsEmpty)
            return new DescriptiveStats(0, 0, 0, 0, 0, 0);
        return new DescriptiveStats(
            Min: sorted[0],
            Max: sorted[^1],
            Mean: mean,
            Std: Math.Sqrt(SampleMoments.SampleVariance(data, mean)),
            Count: data.Length,
            Median: Percentile.R7OfSorted(sorted, 50));
    }
}
