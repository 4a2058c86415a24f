using Judge.Stats.Judging;

namespace Judge.Stats.Tests.Judging;

/// <summary>v2's count comparison: two steps a side are the least it compares, and a bad input is a failed comparison.</summary>
public class RateComparisonTests
{
    private static readonly MetricAnalysisConfig Counts = new() { Kind = MetricKind.Count };

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 1)]
    public void OneStepOnASideIsTooFewToCompare(int controlSteps, int experimentSteps)
    {
        var result = new RateComparison().Compare(Enumerable.Repeat(3.0, controlSteps).ToArray(),
            Enumerable.Repeat(3.0, experimentSteps).ToArray(), Counts, 0.98, 0.25);

        Assert.Null(result.Shift);
        Assert.NotNull(result.TooFewPoints);
        Assert.False(result.Failed);
    }

    [Fact]
    public void TwoStepsASideAreComparedOnTheLogRateRatio()
    {
        var result = new RateComparison().Compare([4, 4], [8, 8], Counts, 0.98, 0.25);

        Assert.NotNull(result.Shift);
        Assert.Null(result.TooFewPoints);
        Assert.Equal(RateComparison.Regime, result.Shift!.Regime);
        Assert.Equal(Math.Log(16.5 / 8.5), result.Shift.Estimate, 12);
        Assert.Equal(2.0, result.Evidence!.RateRatio!.Ratio, 12);
    }

    [Fact]
    public void ATrafficRatioTheTestRefusesIsAFailedComparison()
    {
        var result = new RateComparison().Compare([4, 4], [8, 8], Counts with { TrafficRatio = 0 }, 0.98, 0.25);

        Assert.True(result.Failed);
        Assert.Null(result.Shift);
    }
}
