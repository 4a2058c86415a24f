using Judge.Stats.Counts;
using MathNet.Numerics.Distributions;

namespace Judge.Stats.Tests.Counts;

/// <summary>
/// The dispersion of counts with dependence and heavy tails, worked from its definition: the pooled long-run variance
/// per step over the mean, and, above Poisson noise, widened by (t_ν / z)² with ν = 2·(effective steps)/(2 + excess
/// kurtosis). The canary is 4× the 12-point series whose prewhitened Bartlett inflation LongRunVarianceValueTests works
/// out by hand (1.83984 of its variance 23/12); the 3-step baseline is too short to enter the long-run estimate but
/// enters the moments.
/// </summary>
public class RateRatioDispersionTests
{
    private static readonly double[] Canary = [12, 20, 16, 24, 28, 24, 32, 28, 20, 24, 16, 20];
    private static readonly double[] Baseline = [0, 0, 60];

    [Theory]
    [InlineData(0.9)]
    [InlineData(0.98)]
    public void DependentHeavyTailedCountsAreDispersedByTheirLongRunVarianceAndWidenedForItsDegreesOfFreedom(double confidence)
    {
        const double longRun = 16 * 1.8398390917543173 * 23 / 12;         // 56.42 per step
        const int steps = 15;
        const double total = 264 + 60;
        var estimate = longRun * steps / total;                            // 2.61, above 1 + 0.8416·√((2 + 15/324)/15) = 1.31
        // Moments about each side's mean (22 and 20): Σd² = 16·23 + 2400, Σd⁴ = 256·98.75 + 2,880,000.
        var variance = (16 * 23 + 2400) / 15.0;                            // 184.5, above the long run: no fewer steps
        var excessKurtosis = (256 * 98.75 + 2_880_000) / 15.0 / (variance * variance) - 3;  // 2.69
        var effectiveSteps = steps * Math.Min(1.0, variance / longRun);
        var degreesOfFreedom = 2 * effectiveSteps / (2 + excessKurtosis);  // 6.40
        var t = StudentT.InvCDF(0, 1, degreesOfFreedom, 1 - (1 - confidence) / 2);
        var z = Normal.InvCDF(0, 1, 1 - (1 - confidence) / 2);

        var result = RateRatioTest.Compare(Canary, Baseline, 1.0, confidence, 0.25);

        // The widening uses the Cornish–Fisher series, within 0.03 % of the exact quantile's factor at ν = 6.4 and 98 % (less at 90 %).
        Assert.Equal(1.0, result.Dispersion / (estimate * (t / z) * (t / z)), 6e-4);
        Assert.Equal(264, result.ExperimentTotal);
        Assert.Equal(60, result.ControlTotal);
    }
}
