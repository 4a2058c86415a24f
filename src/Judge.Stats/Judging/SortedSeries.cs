using Judge.Stats.EffectSizes;
using Judge.Stats.Ranking;

namespace Judge.Stats.Judging;

/// <summary>
/// One judged series in time order with its values sorted ascending and its average ranks, each computed at most once
/// and shared by every step that needs them (the short cuts, the rank test, the dependence estimate, the baseline
/// location and the reported stats).
/// </summary>
internal sealed class SortedSeries
{
    private double[]? _sorted;
    private double[]? _ranks;
    private double? _mean;

    private SortedSeries(double[] values) => Values = values;

    /// <summary>The values in time order (not copied: callers must not change them).</summary>
    public double[] Values { get; }

    public int Length => Values.Length;

    /// <summary>The values ascending.</summary>
    public double[] Sorted => _sorted ??= SortedCopy(Values);

    /// <summary>The mean of the values as commons-math computes it (<see cref="SampleMean"/>), computed once.</summary>
    public double Mean => _mean ??= SampleMean.Of(Values);

    /// <summary>1-based average ranks in time order; asked for before <see cref="Sorted"/>, one sort gives both.</summary>
    public double[] Ranks => _ranks ??= RankAndSort();

    public static SortedSeries Of(double[] values) => new(values ?? throw new ArgumentNullException(nameof(values)));

    private double[] RankAndSort()
    {
        var (sorted, ranks) = AverageRanks.WithSorted(Values);
        _sorted ??= sorted;
        return ranks;
    }

    private static double[] SortedCopy(double[] values)
    {
        var sorted = (double[])values.Clone();
        AscendingSort.Sort(sorted);
        return sorted;
    }
}
