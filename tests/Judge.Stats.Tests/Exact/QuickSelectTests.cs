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
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => QuickSelect.Select(new double[] { 1, 2, 3 }, 3));
        Assert.Equal("k", error.ParamName);
        Assert.StartsWith("index must lie in 0..2", error.Message);
    }

    // Without the round budget the adversarial arrangement costs size²/4 steps (2.5e11 here, minutes); with it, about
    // 84 linear rounds and one sort of what remains (well under a second).
    [Fact(Timeout = 60_000)]
    public async Task AMillionAdversarialValuesAreSelectedWithinTheRoundBudget()
    {
        const int size = 1_000_000;
        var values = MedianOfThreeKiller.Create(size);

        var selected = await Task.Run(() => QuickSelect.Select(values, size - 1));

        Assert.Equal(size - 1, selected);
    }
}
