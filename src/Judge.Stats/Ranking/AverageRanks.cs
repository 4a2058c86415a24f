namespace Judge.Stats.Ranking;

/// <summary>
/// Ranks with ties resolved to their mean rank (R's <c>rank(ties.method = "average")</c>,
/// commons-math <c>TiesStrategy.AVERAGE</c>). Values tie only when equal as doubles, so 0.0 ties with −0.0.
/// </summary>
public static class AverageRanks
{
    /// <summary>1-based average ranks, in the order of <paramref name="values"/>.</summary>
    /// <exception cref="ArgumentException">a value is NaN, which has no rank.</exception>
    public static double[] Of(ReadOnlySpan<double> values) => WithSorted(values).Ranks;

    /// <summary>As <see cref="Of"/>, with the values sorted ascending that the ranking sorted anyway.</summary>
    internal static (double[] Sorted, double[] Ranks) WithSorted(ReadOnlySpan<double> values)
    {
        var (keys, order) = SortedOrder(values, nameof(values));
        var ranks = new double[values.Length];
        var start = 0;
        while (start < order.Length)
        {
            var end = start + 1;
            while (end < order.Length && keys[end] == keys[start])
                end++;
            // Positions start..end-1 hold ranks start+1..end; their mean is a multiple of 0.5, so exact.
            var rank = (start + 1 + end) / 2.0;
            for (var k = start; k < end; k++)
                ranks[order[k]] = rank;
            start = end;
        }
        return (keys, ranks);
    }

    /// <summary>Sum of the ranks of the first <paramref name="first"/>.Length values when
    /// <paramref name="first"/> ++ <paramref name="second"/> are ranked together.</summary>
    public static double SumOfFirst(ReadOnlySpan<double> first, ReadOnlySpan<double> second)
    {
        var combined = new double[first.Length + second.Length];
        first.CopyTo(combined);
        second.CopyTo(combined.AsSpan(first.Length));
        var ranks = Of(combined);
        // Ranks are multiples of 0.5 well below 2^52, so every partial sum is exact and the order is immaterial.
        var sum = 0.0;
        for (var i = 0; i < first.Length; i++)
            sum += ranks[i];
        return sum;
    }

    private static (double[] Keys, int[] Order) SortedOrder(ReadOnlySpan<double> values, string paramName)
    {
        var keys = values.ToArray();
        for (var i = 0; i < keys.Length; i++)
            if (double.IsNaN(keys[i]))
                throw new ArgumentException($"{paramName}[{i}] is NaN; NaN values have no rank.", paramName);
        var order = new int[keys.Length];
        for (var i = 0; i < order.Length; i++)
            order[i] = i;
        AscendingSort.Sort(keys, order);
        return (keys, order);
    }
}
