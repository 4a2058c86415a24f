using Judge.Stats.Exact;

namespace Judge.Stats.Tests.Exact;

public class WilcoxonDistributionTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 7)]
    [InlineData(7, 3)]
    [InlineData(10, 12)]
    [InlineData(20, 19)]
    public void CountsFollowTheRecurrence(int m, int n)
    {
        var distribution = new WilcoxonDistribution(m, n);
        var expected = BruteForceExactMannWhitney.Counts(m, n);

        for (var w = 0; w <= m * n; w++)
            Assert.Equal(expected[w].ToString(), distribution.Count(w).ToString());
    }

    [Fact]
    public void LargestTableHoldsAllArrangements()
    {
        var distribution = new WilcoxonDistribution(49, 49);
        var choose98Of49 = System.Numerics.BigInteger.Parse("25477612258980856902730428600");

        Assert.Equal(choose98Of49.ToString(), distribution.Total.ToString());
        Assert.Equal(distribution.Count(0), distribution.Count(49 * 49));
        Assert.Equal(distribution.Count(1000), distribution.Count(49 * 49 - 1000));
    }

    [Fact]
    public void WorkedExampleUnequalTwoVersusTwo()
    {
        // README 6.10: W = 4 of N = 4 gives P(W' >= 4) = 1/6, pValue 1/3, and qwilcox(0.01) = 0.
        var distribution = new WilcoxonDistribution(2, 2);

        Assert.Equal(1.0 / 3, distribution.TwoSidedPValue(4), 15);
        Assert.Equal(0, distribution.Quantile(0.01));
    }

    [Fact]
    public void QuantileIsTheSmallestWithEnoughLowerTail()
    {
        var distribution = new WilcoxonDistribution(10, 10);
        var q = distribution.Quantile(0.01);

        Assert.True(distribution.LowerTail(q) >= 0.01);
        Assert.True(distribution.LowerTail(q - 1) < 0.01);
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(50, 3)]
    [InlineData(3, 50)]
    public void SizesOutsideTheExactRegimeAreRejected(int m, int n) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new WilcoxonDistribution(m, n));

    [Fact]
    public void ARejectedSizeIsNamedInTheMessage()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new WilcoxonDistribution(3, 50));
        Assert.Equal("m", error.ParamName);
        Assert.StartsWith("exact distribution needs 1 <= m, n < 50; got 3, 50", error.Message);
    }

    [Fact]
    public void ALowerTailExactlyOnTheTargetReachesIt()
    {
        // m = 1, n = 3: four equally likely values of W, so P(W' <= 0) = 0.25 exactly. The target is p − 10·eps,
        // so p = 0.25 + 10·eps makes the target exactly 0.25 (both are exact in double), and R's rule (>=) stops at 0.
        const double tenEps = 10 * 2.220446049250313e-16;
        var distribution = new WilcoxonDistribution(1, 3);
        Assert.Equal(0.25, 0.25 + tenEps - tenEps);

        Assert.Equal(0, distribution.Quantile(0.25 + tenEps));
        Assert.Equal(1, distribution.Quantile(0.25 + 2 * tenEps));
    }

    [Fact]
    public void CountsOutsideZeroToMnAreZero()
    {
        var distribution = new WilcoxonDistribution(3, 4);
        Assert.Equal(Int128.Zero, distribution.Count(-1));
        Assert.Equal(Int128.One, distribution.Count(0));
        Assert.Equal(Int128.One, distribution.Count(12));
        Assert.Equal(Int128.Zero, distribution.Count(13));
    }
}
