using Judge.Stats.Configuration;
using Judge.Stats.Judging;

namespace Judge.Stats.Tests.Judging;

/// <summary>The tolerance a v2 metric's detectable effect is held against: its allowed change in the watched direction.</summary>
public class LowEvidenceToleranceTests
{
    private static MetricAnalysisConfig Config(Direction direction, double allowedIncrease, double allowedDecrease,
        EffectSizeMeasure measure = EffectSizeMeasure.MeanRatio) => new()
    {
        Direction = direction,
        EffectSize = new EffectSizeConfig(measure, allowedIncrease, allowedDecrease, 1.0, 1.0),
    };

    [Theory]
    [InlineData(Direction.Increase, 1.2, 0.7, 0.2)]   // only the increase is watched
    [InlineData(Direction.Decrease, 1.2, 0.7, 0.3)]   // only the decrease is watched
    [InlineData(Direction.Either, 1.2, 0.7, 0.2)]     // both: the smaller
    [InlineData(Direction.Either, 1.4, 0.9, 0.1)]
    [InlineData(Direction.Either, 1.25, 1.0, 0.25)]   // no decrease allowed: the increase
    [InlineData(Direction.Either, 1.0, 0.75, 0.25)]   // no increase allowed: the decrease
    public void TheAllowedMeanRatioChangeInTheWatchedDirectionIsTheTolerance(
        Direction direction, double allowedIncrease, double allowedDecrease, double tolerance) =>
        Assert.Equal(tolerance, LowEvidence.Tolerance(Config(direction, allowedIncrease, allowedDecrease)), 12);

    [Theory]
    [InlineData(Direction.Increase, 1.0, 0.7)]        // the watched direction allows nothing
    [InlineData(Direction.Decrease, 1.3, 1.0)]
    [InlineData(Direction.Either, 1.0, 1.0)]          // Kayenta's defaults
    public void WithoutAnAllowedChangeTheDefaultTenPercentIsUsed(Direction direction, double allowedIncrease, double allowedDecrease) =>
        Assert.Equal(LowEvidence.DefaultTolerance, LowEvidence.Tolerance(Config(direction, allowedIncrease, allowedDecrease)));

    [Fact]
    public void ClesThresholdsAreNotRelativeChangesSoTheDefaultIsUsed()
    {
        Assert.Equal(0.10, LowEvidence.DefaultTolerance);
        Assert.Equal(LowEvidence.DefaultTolerance, LowEvidence.Tolerance(Config(Direction.Increase, 0.7, 0.3, EffectSizeMeasure.Cles)));
    }
}
