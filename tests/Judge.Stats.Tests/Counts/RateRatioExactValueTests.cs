using Judge.Stats.Counts;
using Judge.Stats.Judging;

namespace Judge.Stats.Tests.Counts;

/// <summary>
/// The rate-ratio test against values computed from its definition with exact binomial sums (not with the code under
/// test): under equal rates the canary's share of the pooled events is Binomial(total, exposure share); the p-value
/// is twice the smaller tail, the Clopper–Pearson bounds solve P(X ≥ x | p) = α/2 and P(X ≤ x | p) = α/2. Three
/// steps a side keep the dependence estimate out (it needs four), so the dispersion is the plain variance over mean.
/// </summary>
public class RateRatioExactValueTests
{
    [Fact]
    public void UnderdispersedCountsGiveTheExactBinomialPValueIntervalAndEstimate()
    {
        // 24 canary vs 12 baseline events over 3 steps each: Binomial(36, 1/2), x = 24.
        var result = RateRatioTest.Compare([9, 7, 8], [3, 4, 5], 1.0, 0.98, 0.25);

        Assert.Equal(1.0, result.Dispersion); // variance 1 per side over mean 8 and 4: floored at 1
        Assert.Equal(2.0, result.RateRatio, 12);
        Assert.Equal(0.06524533522315323, result.PValue, 9);
        Assert.Equal(-0.16083132969965072, result.LogLower, 7);
        Assert.Equal(1.625767198543978, result.LogUpper, 7);
        Assert.Equal(Math.Log(24.5 / 12.5), result.LogEstimate, 12);
        // Effective total 36 split evenly: the log ratio's standard error is √(1/18 + 1/18) = 1/3.
        Assert.Equal(DetectableEffect.OfLogStandardError(1.0 / 3, 0.98, 0.25), result.DetectableIncrease, 12);
        Assert.True(result.ConfidenceReachable);
    }

    [Fact]
    public void TheTrafficRatioMovesTheNullShareAndTheIntervalByItsLog()
    {
        // Canary traffic twice the baseline's: share 2/3 under equal rates; 30 vs 12 events is a rate ratio of 1.25.
        var result = RateRatioTest.Compare([10, 10, 10], [4, 4, 4], 2.0, 0.98, 0.25);

        Assert.Equal(1.25, result.RateRatio, 12);
        Assert.Equal(0.6340072248454481, result.PValue, 9);
        Assert.Equal(-0.590480242494626, result.LogLower, 7);
    }

    [Fact]
    public void OverdispersedCountsDivideBothTotalsByTheDispersion()
    {
        // Canary 0, 6, 0 (variance 12), baseline 2, 2, 2 (variance 0), mean 2 each: (3·12 + 3·0)/(3·2 + 3·2) = 3,
        // so 6 vs 6 events weigh as 2 vs 2.
        var result = RateRatioTest.Compare([0, 6, 0], [2, 2, 2], 1.0, 0.98, 0.25);

        Assert.Equal(3.0, result.Dispersion, 12);
        Assert.Equal(6, result.ExperimentTotal);
        Assert.Equal(-3.1272120696062027, result.LogLower, 7);
        Assert.Equal(1.0, result.PValue);
        Assert.False(result.ConfidenceReachable); // 2·(1/2)^4 > 0.02
    }

    [Fact]
    public void OneStepASideIsTakenAsPoisson()
    {
        var result = RateRatioTest.Compare([4], [2], 1.0, 0.98, 0.25);

        Assert.Equal(1.0, result.Dispersion);
        Assert.Equal(2.0, result.RateRatio, 12);
    }

    [Theory]
    [InlineData(5, true)]  // 2·(1/2)^5 = 0.0625 = α exactly: reachable
    [InlineData(4, false)] // 2·(1/2)^4 = 0.125 > α
    public void ConfidenceIsReachableWhenTheMostExtremeSplitIsAsRareAsAlpha(int canaryEvents, bool reachable) =>
        Assert.Equal(reachable, RateRatioTest.Compare([canaryEvents], [0], 1.0, 0.9375, 0.25).ConfidenceReachable);

    [Fact]
    public void NoEventsOnEitherSideHaveNoRatioAndAnUnboundedInterval()
    {
        var result = RateRatioTest.Compare([0, 0, 0], [0, 0, 0], 1.0, 0.98, 0.25);

        Assert.True(double.IsNaN(result.RateRatio));
        Assert.Equal(1.0, result.PValue);
        Assert.Equal(1.0, result.Dispersion);
        Assert.Equal(double.NegativeInfinity, result.LogLower);
        Assert.Equal(double.PositiveInfinity, result.LogUpper);
        Assert.Equal(double.PositiveInfinity, result.DetectableIncrease);
        Assert.False(result.ConfidenceReachable);
    }

    [Fact]
    public void NoCanaryEventLeavesTheLowerEndUnbounded()
    {
        var result = RateRatioTest.Compare([0, 0, 0], [3, 4, 5], 1.0, 0.98, 0.25);

        Assert.Equal(0.0, result.RateRatio);
        Assert.Equal(double.NegativeInfinity, result.LogLower);
        Assert.True(double.IsFinite(result.LogUpper));
    }
}
