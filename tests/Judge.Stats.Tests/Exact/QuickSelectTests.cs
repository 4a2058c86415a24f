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
        Assert.Throws<ArgumentOutOfRangeException>(() => QuickSelect.Select(new double[] { 1, 2 }, 2));
    }
}
