namespace Judge.Stats.Ranking;

/// <summary>
/// A judged series sorted ascending, alone or with its positions, by whichever of the runtime's comparison sort and
/// <see cref="RadixOrder"/> costs less at its length. Measured on series the branch predictor has not seen before (as a
/// judge sees each metric): the radix sort costs 0.8× the comparison sort at 360 values and 0.65× at 720–1,000, more
/// below about 250, where the comparison sort's few branches are cheap.
/// </summary>
internal static class AscendingSort
{
    internal const int RadixFrom = 256;

    /// <summary>Sorts <paramref name="values"/> (no NaN) ascending.</summary>
    public static void Sort(double[] values)
    {
        if (values.Length >= RadixFrom)
            RadixOrder.Sort(values, null);
        else
            Array.Sort(values);
    }

    /// <summary>Sorts <paramref name="values"/> (no NaN) ascending and applies the same permutation to
    /// <paramref name="positions"/>.</summary>
    public static void Sort(double[] values, int[] positions)
    {
        if (values.Length >= RadixFrom)
            RadixOrder.Sort(values, positions);
        else
            Array.Sort(values, positions);
    }
}
