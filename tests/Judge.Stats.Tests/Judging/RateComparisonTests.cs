using Judge.Stats.Configuration;
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

    [Fact]
    public void TheRelativeEndsAreTheRateRatioIntervalLessOne()
    {
        // Canary 24 vs baseline 12 events: log interval −0.1150826 … 1.5663799 (exact binomial sums, see
        // RateRatioExactValueTests), so the canary's rate is between 10.9 % lower and 379 % higher.
        var evidence = new RateComparison().Compare([3, 4, 5], [9, 7, 8], Counts, 0.98, 0.25).Evidence!;

        Assert.Equal(Math.Exp(-0.11508257488994855) - 1, evidence.RelativeLower, 6);
        Assert.Equal(Math.Exp(1.56637991461972) - 1, evidence.RelativeUpper, 6);
    }
}
