using Judge.Stats.Counts;

namespace Judge.Stats.Tests.Counts;

public class RateRatioTestTests
{
    [Fact]
    public void PoissonCountsAreNotDispersedAndTheRatioIsOnTheTotals()
    {
        double[] control = [0, 1, 0, 2, 1, 0, 1, 0, 0, 1, 2, 0, 1, 0, 1, 0];
        double[] experiment = [1, 2, 1, 0, 3, 1, 2, 1, 2, 0, 1, 2, 1, 3, 1, 1];
        var result = RateRatioTest.Compare(experiment, control, 1.0, 0.98, 0.25);
        Assert.Equal(10, result.ControlTotal);
        Assert.Equal(22, result.ExperimentTotal);
        Assert.Equal(2.2, result.RateRatio, 12);
        Assert.True(result.LogLower < Math.Log(2.2) && Math.Log(2.2) < result.LogUpper);
    }

    [Fact]
    public void TheTrafficRatioScalesTheCanaryExposure()
    {
        double[] control = [2, 2, 2, 2, 3, 1];
        double[] experiment = [4, 4, 4, 4, 6, 2];
        var result = RateRatioTest.Compare(experiment, control, 2.0, 0.98, 0.25);
        Assert.Equal(1.0, result.RateRatio, 12);
        Assert.True(result.LogLower < 0 && 0 < result.LogUpper);
    }

    [Fact]
    public void BurstyCountsAreDispersedAndWidenTheInterval()
    {
        double[] bursty = [0, 0, 0, 12, 0, 0, 0, 0, 9, 0, 0, 0, 0, 0, 14, 0, 0, 0, 0, 10];
        double[] steady = [2, 1, 2, 3, 1, 2, 2, 1, 3, 2, 1, 2, 2, 1, 3, 2, 1, 2, 2, 3];
        var dispersed = RateRatioTest.Compare(bursty, steady, 1.0, 0.98, 0.25);
        Assert.True(dispersed.Dispersion > 1.5, $"dispersion {dispersed.Dispersion}");
        Assert.True(dispersed.LogLower < 0, "bursty counts with ~the same total are not shown to be higher");
    }

    [Fact]
    public void NoBaselineEventLeavesTheUpperEndUnbounded()
    {
        var result = RateRatioTest.Compare([1, 2, 1, 3], [0, 0, 0, 0], 1.0, 0.98, 0.25);
        Assert.True(double.IsPositiveInfinity(result.LogUpper));
        Assert.True(double.IsPositiveInfinity(result.RateRatio));
        Assert.True(double.IsFinite(result.LogEstimate));
    }

    [Fact]
    public void FewEventsCannotReachTheConfidence()
    {
        Assert.False(RateRatioTest.Compare([1, 1, 0, 1], [0, 1, 0, 0], 1.0, 0.98, 0.25).ConfidenceReachable);
        Assert.True(RateRatioTest.Compare([3, 3, 2, 3], [0, 1, 0, 0], 1.0, 0.98, 0.25).ConfidenceReachable);
    }

    [Fact]
    public void NegativeCountsAreRefused() =>
        Assert.Throws<ArgumentException>(() => RateRatioTest.Compare([1, -1], [1, 1], 1.0, 0.98, 0.25));
}
