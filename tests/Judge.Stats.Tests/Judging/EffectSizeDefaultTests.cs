using Judge.Stats.Configuration;

namespace Judge.Stats.Tests.Judging;

public class EffectSizeDefaultTests
{
    // Kayenta's defaults: every threshold 1.0 for meanRatio (no change allowed or gated), 0.5 for cles.
    [Theory]
    [InlineData(EffectSizeMeasure.MeanRatio, 1.0)]
    [InlineData(EffectSizeMeasure.Cles, 0.5)]
    public void EveryThresholdDefaultsToTheMeasuresNoChangeValue(EffectSizeMeasure measure, double neutral) =>
        Assert.Equal(new EffectSizeConfig(measure, neutral, neutral, neutral, neutral), EffectSizeConfig.Default(measure));
}
