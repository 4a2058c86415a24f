namespace Judge.Stats.Tests.Exact;

/// <summary>
/// An arrangement on which median-of-three selection of the maximum peels off only two values per round: each
/// round's range holds its smallest value at the left end and its second smallest in the middle, so the pivot is the
/// second smallest and the partition keeps all but two values. Built by replaying that round on positions.
/// </summary>
internal static class MedianOfThreeKiller
{
    /// <summary>A permutation of 0..size−1 (as doubles); the largest value is not at the last position.</summary>
    public static double[] Create(int size)
    {
        var itemAt = Enumerable.Range(0, size).ToArray();
        var rankOf = Enumerable.Repeat(-1, size).ToArray();
        var nextRank = 0;
        int left = 0, right = size - 1;
        // Stop with a few values left so that the last position can hold one that is not the maximum.
        while (right - left >= 4)
        {
            var middle = left + (right - left) / 2;
            rankOf[itemAt[left]] = nextRank++;
            rankOf[itemAt[middle]] = nextRank++;
            // The partition swaps the first value above the pivot (left + 1) with the pivot itself.
            (itemAt[left + 1], itemAt[middle]) = (itemAt[middle], itemAt[left + 1]);
            left += 2;
        }
        // The last position's value stays above every pivot but below the rest, so it is not the maximum.
        rankOf[size - 1] = nextRank++;
        for (var item = 0; item < size; item++)
            if (rankOf[item] < 0)
                rankOf[item] = nextRank++;

        // Items are named by their starting position, so each item's rank is the value that starts there.
        return rankOf.Select(rank => (double)rank).ToArray();
    }
}
