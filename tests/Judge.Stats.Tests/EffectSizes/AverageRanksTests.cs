using Judge.Stats.Ranking;

namespace Judge.Stats.Tests.EffectSizes;

public class AverageRanksTests
{
    [Fact]
    public void TiesShareTheirMeanRankInInputOrder()
    {
        Assert.Equal([3.0, 1.5, 4.0, 1.5, 6.0, 6.0, 6.0], AverageRanks.Of([3, 1, 4, 1, 9, 9, 9]));
    }

    [Fact]
    public void PositiveAndNegativeZeroTie()
    {
        Assert.Equal([1.5, 1.5, 3.0], AverageRanks.Of([0.0, -0.0, 2.0]));
    }

    [Fact]
    public void SumOfFirstRanksTheConcatenation()
    {
        // [5, 1] ++ [1, 3]: ranks 4, 1.5 | 1.5, 3.
        Assert.Equal(5.5, AverageRanks.SumOfFirst([5, 1], [1, 3]));
        Assert.Empty(AverageRanks.Of([]));
    }

    [Fact]
    public void NaNIsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => AverageRanks.Of([1, double.NaN]));
        Assert.Contains("[1]", error.Message);
    }
}
