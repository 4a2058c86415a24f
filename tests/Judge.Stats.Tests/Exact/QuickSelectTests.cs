using Judge.Stats.Exact;

namespace Judge.Stats.Tests.Exact;

/// <summary>Selection of the k-th smallest value, including the sorting fallback after too many rounds.</summary>
public class QuickSelectTests
{
    [Theory]
    [InlineData(100)]
    [InlineData(257)]
    public void AnAdversarialArrangementFallsBackToSortingAndStillFindsTheMaximum(int size)
    {
        var values = MedianOfThreeKiller.Create(size);
        Assert.NotEqual(size - 1, values[^1]);
        Assert.NotEqual(size - 1, values[size / 2]);

        Assert.Equal(size - 1, QuickSelect.Select(values, size - 1));

        // Two values leave per round, so the fallback sorts what remains after its round budget: the top of the array.
        var budget = 4 * (int)Math.Log2(size + 1) + 8;
        var sortedTail = values[(2 * budget)..];
        Assert.True(sortedTail.Length > 2);
        Assert.Equal(sortedTail.Order().ToArray(), sortedTail);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(40)]
    [InlineData(99)]
    public void EveryRankOfTheAdversarialArrangementIsFound(int k)
    {
        var values = MedianOfThreeKiller.Create(100);
        Assert.Equal(k, QuickSelect.Select(values, k));
    }

    [Fact]
    public void RanksOutsideTheArrayAreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => QuickSelect.Select(new double[] { 1, 2 }, -1));
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => QuickSelect.Select(new double[] { 1, 2, 3 }, 3));
        Assert.Equal("k", error.ParamName);
        Assert.StartsWith("index must lie in 0..2", error.Message);
    }

    [Theory]
    [InlineData(17, 0)]
    [InlineData(17, 16)]
    [InlineData(1000, 0)]
    [InlineData(1000, 999)]
    [InlineData(1000, 500)]
    public void EveryValueTheSameOrNearlySoIsSelectedInOneRound(int size, int k)
    {
        var values = Enumerable.Repeat(2.5, size).ToArray();
        values[size / 3] = -0.0;
        values[size / 2] = 7;
        AssertSelectsAndPartitions(values, k);
    }

    [Theory]
    [InlineData(5, 2)]
    [InlineData(16, 0)]
    [InlineData(17, 9)]
    [InlineData(300, 123)]
    [InlineData(5000, 4999)]
    public void TheValuesAreLeftPartitionedAroundTheSelectedOne(int size, int k)
    {
        var random = new Random(size);
        // Tied values and values a few ulps apart as well as distinct ones.
        var values = Enumerable.Range(0, size).Select(_ => random.Next(3) switch
        {
            0 => Math.Round(random.NextDouble() * 10),
            1 => 1 + random.Next(4) * double.Epsilon * 1e300,
            _ => random.NextDouble() * 100 - 50,
        }).ToArray();
        AssertSelectsAndPartitions(values, k);
    }

    // The k-th smallest value, at position k, the same values in all, none left of it greater, none right of it smaller.
    private static void AssertSelectsAndPartitions(double[] values, int k)
    {
        var expected = values.Order().ToArray();

        var selected = QuickSelect.Select(values, k);

        Assert.Equal(expected[k], selected);
        Assert.Equal(expected, values.Order());
        Assert.Equal(selected, values[k]);
        Assert.All(values[..k], v => Assert.True(v <= selected));
        Assert.All(values[(k + 1)..], v => Assert.True(v >= selected));
    }

    // Without the round budget the adversarial arrangement costs size²/4 steps (2.5e11 here, minutes); with it, about
    // 84 linear rounds and one sort of what remains (well under a second).
    [Fact(Timeout = 60_000)]
    public async Task AMillionAdversarialValuesAreSelectedWithinTheRoundBudget()
    {
        const int size = 1_000_000;
        var values = MedianOfThreeKiller.Create(size, rounds: 4 * (int)Math.Log2(size + 1) + 8);

        var selected = await Task.Run(() => QuickSelect.Select(values, size - 1));

        Assert.Equal(size - 1, selected);
    }
}
