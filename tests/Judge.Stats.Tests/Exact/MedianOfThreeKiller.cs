namespace Judge.Stats.Tests.Exact;

/// <summary>
/// An arrangement on which median-of-three selection of the maximum peels off only two values per round: each
/// round's range holds its smallest value at the left end and its second smallest in the middle, so the pivot is the
/// second smallest and the partition keeps all but two values. Built by replaying those rounds on positions: the
/// partition writes the values above the pivot from the right end inward, so the next round sees them reversed.
/// </summary>
internal static class MedianOfThreeKiller
{
    /// <summary>A permutation of 0..size−1 (as doubles), adversarial for the first <paramref name="rounds"/> rounds (all
    /// of them by default); the largest value is not at the last position.</summary>
    public static double[] Create(int size, int rounds = int.MaxValue)
    {
        var range = Enumerable.Range(0, size).ToList();
        var rankOf = Enumerable.Repeat(-1, size).ToArray();
        var nextRank = 0;
        for (var round = 0; round < rounds && range.Count >= 4; round++)
        {
            int smallest = range[0], pivot = range[range.Count / 2];
            rankOf[smallest] = nextRank++;
            rankOf[pivot] = nextRank++;
            range.RemoveAt(range.Count / 2);
            range.RemoveAt(0);
            range.Reverse();
        }
        // The value starting last stays above every pivot but below the rest, so it is not the maximum.
        if (rankOf[size - 1] < 0)
            rankOf[size - 1] = nextRank++;
        for (var item = 0; item < size; item++)
            if (rankOf[item] < 0)
                rankOf[item] = nextRank++;

        // Items are named by their starting position, so each item's rank is the value that starts there.
        return rankOf.Select(rank => (double)rank).ToArray();
    }
}
