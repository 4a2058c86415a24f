using System.Buffers;

namespace Judge.Stats.Exact;

/// <summary>
/// In-place selection of the k-th smallest value (0-based); reorders the values so that none left of k is greater and
/// none right of it smaller.
/// </summary>
/// <remarks>
/// Each round partitions three ways without a branch on the data: every value is written both at the next slot from
/// the left and at the next from the right of a scratch buffer, and only the pointer of its side moves on (values equal
/// to the pivot move neither, and fill the middle afterwards). A partition that branches on each comparison is
/// mispredicted about every other value on data in no order, and costs over twice as much.
/// </remarks>
internal static class QuickSelect
{
    // Below this many values the runtime's sort (an insertion sort) costs less than a partition round.
    private const int SmallRange = 16;

    public static double Select(Span<double> values, int k)
    {
        if (k < 0 || k >= values.Length)
            throw new ArgumentOutOfRangeException(nameof(k), k, $"index must lie in 0..{values.Length - 1}");
        if (values.Length <= SmallRange)
        {
            values.Sort();
            return values[k];
        }
        var scratch = ArrayPool<double>.Shared.Rent(values.Length);
        try
        {
            return Select(values, k, scratch);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(scratch);
        }
    }

    private static double Select(Span<double> values, int k, double[] scratch)
    {
        int left = 0, right = values.Length;
        // Median-of-three is fast on real data; past this many rounds fall back to sorting so the worst case stays O(m log m).
        var rounds = 4 * (int)Math.Log2(values.Length + 1) + 8;
        while (right - left > SmallRange && rounds-- > 0)
        {
            var range = values[left..right];
            var pivot = MedianOfThree(range[0], range[range.Length / 2], range[^1]);
            var (below, above) = Partition(range, pivot, scratch.AsSpan(0, range.Length));
            // range[..below] < pivot, range[below..above] == pivot, range[above..] > pivot.
            var index = k - left;
            if (index < below)
                right = left + below;
            else if (index >= above)
                left += above;
            else
                return pivot;
        }
        values[left..right].Sort();
        return values[k];
    }

    private static (int Below, int Above) Partition(Span<double> range, double pivot, Span<double> into)
    {
        int low = 0, high = range.Length - 1;
        foreach (var v in range)
        {
            into[low] = v;
            into[high] = v;
            low += v < pivot ? 1 : 0;
            high -= v > pivot ? 1 : 0;
        }
        into[low..(high + 1)].Fill(pivot);
        into.CopyTo(range);
        return (low, high + 1);
    }

    private static double MedianOfThree(double a, double b, double c) =>
        a < b
            ? (b < c ? b : Math.Max(a, c))
            : (a < c ? a : Math.Max(b, c));
}
