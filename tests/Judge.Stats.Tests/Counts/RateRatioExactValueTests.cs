using Judge.Stats.Counts;
using Judge.Stats.Power;

namespace Judge.Stats.Tests.Counts;

/// <summary>
/// The rate-ratio test against values computed from its definition with exact binomial sums (not with the code under
/// test): under equal rates the canary's share of the pooled events is Binomial(total, exposure share). Poisson
/// counts (dispersion 1) use mid-p tails: the p-value is twice the smaller of P(X > x) + ½P(X = x) and
/// P(X < x) + ½P(X = x), and the bounds solve each of them = α/2 (values from exact sums, Python's math.comb, with a
/// 200-step bisection). Three steps a side keep the dependence estimate out (it needs four), so the dispersion is the
/// variance over the mean.
/// </summary>
public class RateRatioExactValueTests
{
    [Fact]
    public void UnderdispersedCountsGiveTheExactBinomialPValueIntervalAndEstimate()
    {
        // 24 canary vs 12 baseline events over 3 steps each: Binomial(36, 1/2), x = 24.
        var result = RateRatioTest.Compare([9, 7, 8], [3, 4, 5], 1.0, 0.98, 0.25);

        Assert.Equal(1.0, result.Dispersion); // variance 2/3 per step over mean 6: far inside Poisson noise
        Assert.Equal(2.0, result.RateRatio, 12);
        Assert.Equal(0.04703102743951604, result.PValue, 9);
        Assert.Equal(-0.11508257488994855, result.LogLower, 7);
        Assert.Equal(1.56637991461972, result.LogUpper, 7);
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
        Assert.Equal(0.5254925813491959, result.PValue, 9);
        Assert.Equal(-0.5490196480747522, result.LogLower, 7);
        Assert.Equal(1.0730001542945744, result.LogUpper, 7);
    }

    [Fact]
    public void OverdispersedCountsDivideBothTotalsByTheDispersion()
    {
        // Canary 0, 6, 0, baseline 2, 2, 2, mean 2 each: pooled variance (24 + 0)/6 = 4 per step over mean 2 is 2,
        // above Poisson noise (1 + 0.8416·√((2 + 1/2)/6) = 1.54); estimated from 6 steps with no excess kurtosis
        // (m4/m2² = 48/16 = 3), i.e. 2·6/2 = 6 degrees of freedom: widened by (t₆ / z)² at 98 %.
        var result = RateRatioTest.Compare([0, 6, 0], [2, 2, 2], 1.0, 0.98, 0.25);

        var t6 = MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, 6, 0.99);
        var z = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 0.99);
        Assert.Equal(2 * (t6 / z) * (t6 / z), result.Dispersion, 2); // the Cornish–Fisher series: within 0.05 %
        Assert.Equal(6, result.ExperimentTotal);
        Assert.Equal(1.0, result.PValue);
        Assert.False(result.ConfidenceReachable); // 6 + 6 events weigh as about 3.3: 2·(1/2)^3.3 > 0.02
    }

    [Fact]
    public void OneStepASideIsTakenAsPoisson()
    {
        var result = RateRatioTest.Compare([4], [2], 1.0, 0.98, 0.25);

        Assert.Equal(1.0, result.Dispersion);
        Assert.Equal(2.0, result.RateRatio, 12);
    }

    [Theory]
    [InlineData(4, true)]  // mid-p: (1/2)^4 = 0.0625 = α exactly: reachable
    [InlineData(3, false)] // (1/2)^3 = 0.125 > α
    public void ConfidenceIsReachableWhenTheMostExtremeSplitIsAsRareAsAlpha(int canaryEvents, bool reachable) =>
        Assert.Equal(reachable, RateRatioTest.Compare([canaryEvents], [0], 1.0, 0.9375, 0.25).ConfidenceReachable);

    // Canary traffic twice (or half) the baseline's puts the null share at 2/3 (or 1/3). Confidence counts as reachable
    // when a split to either side could reach it, so the likelier side's all-events split decides: mid-p (2/3)ⁿ ≤ 0.02
    // needs n ≥ 10 events (9 give 0.026), though all of 9 on the unlikelier side, (1/3)⁹, would be far below α.
    [Theory]
    [InlineData(new double[] { 3, 3, 2 }, new double[] { 0, 1, 0 }, 2.0, false)]
    [InlineData(new double[] { 3, 3, 3 }, new double[] { 0, 1, 0 }, 2.0, true)]
    [InlineData(new double[] { 0, 1, 0 }, new double[] { 3, 3, 2 }, 0.5, false)]
    [InlineData(new double[] { 0, 1, 0 }, new double[] { 3, 3, 3 }, 0.5, true)]
    public void WithATrafficRatioTheLikelierSidesAllEventSplitDecidesReachability(double[] canary, double[] baseline,
        double trafficRatio, bool reachable)
    {
        var result = RateRatioTest.Compare(canary, baseline, trafficRatio, 0.98, 0.25);
        Assert.Equal(1.0, result.Dispersion);
        Assert.Equal(reachable, result.ConfidenceReachable);
    }

    [Fact]
    public void EqualTotalsUnderUnequalTrafficAreEvidenceOfALowerCanaryRate()
    {
        // 15 vs 15 events with twice the canary traffic: X ~ Binomial(30, 2/3) under equal rates, x = 15; mid-p
        // P(X < 15) + ½P(X = 15) = 0.0311 (exact sums), so p = 0.0623 and the rate ratio is 1/2.
        var result = RateRatioTest.Compare([5, 5, 5], [5, 5, 5], 2.0, 0.98, 0.25);

        Assert.Equal(1.0, result.Dispersion);
        Assert.Equal(0.5, result.RateRatio, 12);
        Assert.Equal(0.06227727695475263, result.PValue, 9);
    }

    [Fact]
    public void CountsWithinPoissonNoiseAreTakenAsPoisson()
    {
        // Canary 0, 3, 0 and baseline 1, 0, 1: pooled variance (6 + 2/3)/6 = 1.11 per step over the mean 5/6 is 4/3,
        // inside the one-sided 20 % Poisson noise 1 + 0.8416·√((2 + 6/5)/6) = 1.61 (with 2 − 6/5 it would be 1.31).
        var result = RateRatioTest.Compare([0, 3, 0], [1, 0, 1], 1.0, 0.98, 0.25);

        Assert.Equal(1.0, result.Dispersion);
    }

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
