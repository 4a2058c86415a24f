namespace Judge.Stats.Ranking;

/// <summary>
/// A judged series sorted ascending, alone or with its positions, by whichever of the runtime's comparison sort and
/// <see cref="RadixOrder"/> costs less at its length. Measured on series the branch predictor has not seen before (as a
/// judge sees each metric), the radix sort with positions costs 0.75× the comparison sort at 100 values, 0.4× at
/// 360–1,000 and 0.3× at 4,000; below about 64 values the comparison sort's few branches cost less.
/// </summary>
internal static class AscendingSort
{
    internal const int RadixFrom = 64;

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
