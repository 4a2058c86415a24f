namespace Judge.Stats.Exact;

/// <summary>In-place selection of the k-th smallest value (0-based); reorders the array.</summary>
internal static class QuickSelect
{
    public static double Select(Span<double> values, int k)
    {
        if (k < 0 || k >= values.Length)
            throw new ArgumentOutOfRangeException(nameof(k), k, $"index must lie in 0..{values.Length - 1}");

        int left = 0, right = values.Length - 1;
        // Median-of-three is fast on real data; past this many rounds fall back to sorting so the worst case stays O(m log m).
        var rounds = 4 * (int)Math.Log2(values.Length + 1) + 8;
        while (left < right)
        {
            if (rounds-- == 0)
            {
                values.Slice(left, right - left + 1).Sort();
                return values[k];
            }

            var pivot = MedianOfThree(values[left], values[left + (right - left) / 2], values[right]);
            int i = left, j = right;
            while (i <= j)
            {
                while (values[i] < pivot) i++;
                while (values[j] > pivot) j--;
                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }

            // Now values[left..j] <= pivot, values[i..right] >= pivot and everything strictly between equals pivot.
            if (k <= j)
                right = j;
            else if (k >= i)
                left = i;
            else
                return values[k];
        }
        return values[k];
    }

    private static double MedianOfThree(double a, double b, double c) =>
        a < b
            ? (b < c ? b : Math.Max(a, c))
            : (a < c ? a : Math.Max(b, c));
}
