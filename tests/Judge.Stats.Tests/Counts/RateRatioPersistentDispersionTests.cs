using Judge.Stats.Counts;
using Judge.Stats.Dependence;

namespace Judge.Stats.Tests.Counts;

/// <summary>
/// Counts that drift slowly (a load wave both versions ride) have a long-run variance above their variance: each
/// step repeats much of the last one, so the series holds fewer independent steps than it has. The dispersion's
/// degrees of freedom then come from the effective steps, steps × variance / long run, not from the steps.
/// The long run comes from LongRunVariance (tested on its own); this checks what the count test builds on it.
/// </summary>
public class RateRatioPersistentDispersionTests
{
    private static readonly double[] Canary = [10, 12, 15, 19, 24, 28, 31, 32, 30, 26, 21, 16, 12, 10, 9, 10, 13, 17, 22, 27];
    private static readonly double[] Baseline = [11, 13, 16, 20, 24, 27, 30, 31, 29, 25, 20, 15, 12, 10, 9, 11, 14, 18, 23, 28];

    [Theory]
    [InlineData(0.9)]
    [InlineData(0.98)]
    public void SlowlyDriftingCountsCountFewerStepsThanTheyHave(double confidence)
    {
        const int steps = 40;
        var longRun = LongRunVariance.PooledLongRun(Canary, Baseline);
        double canaryMean = Canary.Average(), baselineMean = Baseline.Average();
        var deviations = Canary.Select(c => c - canaryMean).Concat(Baseline.Select(c => c - baselineMean)).ToArray();
        var variance = deviations.Sum(d => d * d) / steps;
        var excessKurtosis = deviations.Sum(d => d * d * d * d) / steps / (variance * variance) - 3;
        Assert.True(longRun > 2 * variance, $"the wave must make the long run ({longRun}) exceed the variance ({variance})");

        var total = Canary.Sum() + Baseline.Sum();
        var estimate = longRun * steps / total;
        var effectiveSteps = steps * variance / longRun;
        var degreesOfFreedom = 2 * effectiveSteps / (2 + Math.Max(0.0, excessKurtosis));
        var expected = estimate * EstimatedVarianceWidening.Factor(degreesOfFreedom, confidence);

        var result = RateRatioTest.Compare(Canary, Baseline, 1.0, confidence, 0.25);

        Assert.Equal(expected, result.Dispersion, 1e-9);
        // Without the persistence the widening is far smaller: the effective steps matter to the result.
        var asIfIndependent = estimate * EstimatedVarianceWidening.Factor(2 * steps / (2 + Math.Max(0.0, excessKurtosis)), confidence);
        Assert.True(result.Dispersion > asIfIndependent * 1.01);
    }
}
