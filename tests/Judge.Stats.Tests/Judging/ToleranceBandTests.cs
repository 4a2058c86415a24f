using Judge.Stats.Configuration;
using Judge.Stats.Dependence;
using Judge.Stats.Judging;

namespace Judge.Stats.Tests.Judging;

/// <summary>
/// The early-pass condition: the interval (relative to the baseline) within the allowed change of each watched
/// direction — the mean-ratio threshold's distance from 1, or 10 % where none is set or the measure is cles. Ends
/// exactly on the allowed change are inside (0.25 and 0.1 are the same doubles on both sides).
/// </summary>
public class ToleranceBandTests
{
    private static bool Contains(double lower, double upper, Direction direction = Direction.Either,
        EffectSizeConfig? effect = null, bool reachable = true) =>
        ToleranceBand.Contains(
            new MetricEvidence(MetricKind.Continuous, SeriesDependence.Independent(10), SeriesDependence.Independent(10), 1.0,
                0.05, reachable, lower, upper),
            new MetricAnalysisConfig { Direction = direction, EffectSize = effect ?? EffectSizeConfig.Default(EffectSizeMeasure.MeanRatio) });

    private static readonly EffectSizeConfig Quarter = new(EffectSizeMeasure.MeanRatio, 1.25, 0.75, 2.0, 0.5);

    [Fact]
    public void BothDirectionsNeedBothEndsWithinTheAllowedChange()
    {
        Assert.True(Contains(-0.25, 0.25, effect: Quarter));
        Assert.False(Contains(-0.25, 0.2500001, effect: Quarter));
        Assert.False(Contains(-0.2500001, 0.25, effect: Quarter));
    }

    [Fact]
    public void AnUnwatchedDirectionsEndIsNotHeld()
    {
        Assert.True(Contains(-5, 0.25, Direction.Increase, Quarter));
        Assert.False(Contains(-0.1, 0.26, Direction.Increase, Quarter));
        Assert.True(Contains(-0.25, 5, Direction.Decrease, Quarter));
        Assert.False(Contains(-0.26, 0, Direction.Decrease, Quarter));
    }

    [Fact]
    public void WithoutAThresholdOrWithClesTheBandIsTenPercent()
    {
        Assert.True(Contains(-0.1, 0.1));
        Assert.False(Contains(-0.1, 0.11));
        Assert.False(Contains(-0.11, 0.1));
        var cles = new EffectSizeConfig(EffectSizeMeasure.Cles, 0.9, 0.1, 0.95, 0.05);
        Assert.True(Contains(-0.1, 0.1, effect: cles));
        Assert.False(Contains(-0.1, 0.2, effect: cles));
        // Thresholds on the wrong side of 1 allow no change in that direction beyond the default.
        var inverted = new EffectSizeConfig(EffectSizeMeasure.MeanRatio, 0.9, 1.1, 1.0, 1.0);
        Assert.True(Contains(-0.1, 0.1, effect: inverted));
        Assert.False(Contains(-0.1, 0.15, effect: inverted));
        Assert.False(Contains(-0.15, 0.1, effect: inverted));
    }

    [Fact]
    public void DataThatCannotReachTheConfidenceShowNothing() =>
        Assert.False(Contains(-0.01, 0.01, reachable: false));
}
