using Judge.Stats.Exact;

namespace Judge.Stats.Tests.Exact;

/// <summary>Selection and counting on the implicit difference matrix against materialised, sorted differences.</summary>
public class PairwiseDifferencesTests
{
    public static TheoryData<int> Seeds() => new(Enumerable.Range(1, 40));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void EveryRankMatchesTheSortedDifferences(int seed)
    {
        var random = new Random(seed);
        var (x, y) = Samples(random);
        var sorted = BruteForceExactMannWhitney.SortedDifferences(x, y);
        // Tiny gather limit and sample so the pivot rounds run even for small matrices.
        var differences = new PairwiseDifferences(Ascending(x), Ascending(y), gatherLimit: 6, sampleSize: 1 + seed % 6);

        for (var k = 1; k <= sorted.Length; k++)
            Assert.Equal(sorted[k - 1], differences.Select(k));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void DefaultTuningMatchesOnLargerMatrices(int seed)
    {
        var random = new Random(1000 + seed);
        var x = seed % 2 == 0 ? RandomSamples.Integers(random, 150 + seed, -20, 30) : RandomSamples.Continuous(random, 150 + seed, 1);
        var y = seed % 3 == 0 ? RandomSamples.ZeroInflated(random, 120) : RandomSamples.Continuous(random, 120, 0);
        var sorted = BruteForceExactMannWhitney.SortedDifferences(x, y);
        var differences = new PairwiseDifferences(Ascending(x), Ascending(y), gatherLimit: 64, sampleSize: 32);

        foreach (var k in new long[] { 1, 2, 17, sorted.Length / 3, sorted.Length / 2, sorted.Length / 2 + 1, sorted.Length - 5, sorted.Length })
            Assert.Equal(sorted[k - 1], differences.Select(k));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void CountsAndNextValueMatchTheSortedDifferences(int seed)
    {
        var random = new Random(2000 + seed);
        var (x, y) = Samples(random);
        var sorted = BruteForceExactMannWhitney.SortedDifferences(x, y);
        var differences = new PairwiseDifferences(Ascending(x), Ascending(y));

        foreach (var pivot in sorted.Append(sorted[0] - 1).Append(sorted[^1] + 1).Append(0.25))
        {
            var (below, atMost) = differences.CountAround(pivot);
            Assert.Equal(sorted.Count(v => v < pivot), below);
            Assert.Equal(sorted.Count(v => v <= pivot), atMost);
            var above = sorted.Where(v => v > pivot).DefaultIfEmpty(double.PositiveInfinity).Min();
            Assert.Equal(above, differences.NextAbove(pivot));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void SelectManyMatchesTheSortedDifferencesForNearbyAndRepeatedRanks(int seed)
    {
        var random = new Random(3000 + seed);
        var x = seed % 2 == 0 ? RandomSamples.Integers(random, 40 + seed, -6, 9) : RandomSamples.Continuous(random, 40 + seed, 0.5);
        var y = seed % 3 == 0 ? RandomSamples.ZeroInflated(random, 35) : RandomSamples.Continuous(random, 35, 0);
        var sorted = BruteForceExactMannWhitney.SortedDifferences(x, y);
        var n = sorted.Length;
        var differences = new PairwiseDifferences(Ascending(x), Ascending(y), gatherLimit: 16 + seed, sampleSize: 4 + seed % 9);
        long[] ranks = [n / 2 - seed, n / 2 + 7, n / 2 - seed, 1, n, n / 2 + 1, 1 + seed * 11 % n, n / 2 + 7];

        var values = differences.SelectMany(ranks);

        for (var r = 0; r < ranks.Length; r++)
            Assert.True(sorted[ranks[r] - 1] == values[r], $"rank {ranks[r]}: expected {sorted[ranks[r] - 1]:R}, got {values[r]:R}");
    }

    [Fact]
    public void SelectPairReturnsNeighbouringOrderStatistics()
    {
        var random = new Random(7);
        var x = RandomSamples.Integers(random, 30, 0, 5);
        var y = RandomSamples.Continuous(random, 25, 2);
        var sorted = BruteForceExactMannWhitney.SortedDifferences(x, y);
        var differences = new PairwiseDifferences(Ascending(x), Ascending(y), gatherLimit: 10, sampleSize: 5);

        for (var k = 1; k < sorted.Length; k++)
            Assert.Equal((sorted[k - 1], sorted[k]), differences.SelectPair(k));
    }

    /// <summary>
    /// Ranks that end a run of equal differences: the first rank equals the count below the next value, so a pivot
    /// on that value has exactly that many entries below it and must not move the window past the rank.
    /// </summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void RanksEndingARunOfTiesMatchTheSortedDifferences(int seed)
    {
        var random = new Random(4000 + seed);
        var x = RandomSamples.Integers(random, 20 + seed % 7, 0, 3);
        var y = RandomSamples.Integers(random, 15 + seed % 5, 0, 2);
        var sorted = BruteForceExactMannWhitney.SortedDifferences(x, y);
        var differences = new PairwiseDifferences(Ascending(x), Ascending(y), gatherLimit: 4, sampleSize: 1 + seed % 4);

        foreach (var value in sorted.Distinct().Skip(1))
        {
            long first = sorted.Count(v => v < value);
            long[] ranks = [first, first + 1 + seed % 3];
            if (first < 2 || ranks[1] >= sorted.Length)
                continue;
            var values = differences.SelectMany(ranks);
            Assert.Equal((sorted[ranks[0] - 1], sorted[ranks[1] - 1]), (values[0], values[1]));
        }
    }

    [Fact]
    public void RankOutsideTheMatrixIsRejected()
    {
        var differences = new PairwiseDifferences([1.0, 2.0], [0.0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => differences.Select(0));
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => differences.Select(3));
        Assert.Equal("ranks", error.ParamName);
        Assert.StartsWith("rank must lie in 1..2", error.Message);
    }

    [Fact]
    public void AnEmptySampleIsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => new PairwiseDifferences([], [1.0]));
        Assert.Equal("both samples must hold at least one value", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    public void ASampleSizeOutsideOneToTheGatherLimitIsRefused(int sampleSize)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => new PairwiseDifferences([1.0, 2.0], [0.0], gatherLimit: 8, sampleSize: sampleSize));
        Assert.Equal("sampleSize", error.ParamName);
        Assert.StartsWith("must lie in 1..8", error.Message);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(6)]
    [InlineData(8)]
    public void DifferencesWhoseRangeOverflowsAreStillSelectedExactly(int sampleSize)
    {
        // Four tied blocks of differences, ±9.5e307 and ±0.5e307: each is finite, but Max − Min is not. A bracket
        // from Min to Max leaves interpolation no pivot for a rank at its bottom, and the selection must go on without.
        double[] x = [.. Enumerable.Repeat(-5e307, 6), .. Enumerable.Repeat(5e307, 6)];
        double[] y = [.. Enumerable.Repeat(-4.5e307, 6), .. Enumerable.Repeat(4.5e307, 6)];
        var sorted = BruteForceExactMannWhitney.SortedDifferences(x, y);
        var differences = new PairwiseDifferences(x, y, gatherLimit: 8, sampleSize: sampleSize);
        Assert.True(double.IsInfinity(differences.Max - differences.Min));

        foreach (var k in new long[] { 2, 3, 37, 38, 72, 73, 110, 143 })
            Assert.Equal(sorted[k - 1], differences.Select(k));
    }

    private static (double[] X, double[] Y) Samples(Random random)
    {
        int nx = random.Next(1, 25), ny = random.Next(1, 25);
        return random.Next(4) switch
        {
            0 => (RandomSamples.Integers(random, nx, -3, 4), RandomSamples.Integers(random, ny, -2, 3)),
            1 => (RandomSamples.ZeroInflated(random, nx), RandomSamples.ZeroInflated(random, ny)),
            2 => (RandomSamples.Continuous(random, nx, -1), RandomSamples.Integers(random, ny, -5, 5)),
            _ => (RandomSamples.Continuous(random, nx, 0.5), RandomSamples.Continuous(random, ny, 0)),
        };
    }

    private static double[] Ascending(double[] values) => values.Order().ToArray();
}
