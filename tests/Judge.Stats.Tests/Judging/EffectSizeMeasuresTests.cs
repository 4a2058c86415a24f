using Judge.Stats.Configuration;
using Judge.Stats.Judging;

namespace Judge.Stats.Tests.Judging;

public class EffectSizeMeasuresTests
{
    // Baseline 1, 2, 3 (mean 2), canary 2, 4, 6 (mean 4): mean ratio 4/2 = 2. Of the 9 pairs the canary is larger in
    // 7 (2 > 1; 4 and 6 above all three) and tied in 1 (2 = 2): cles = (7 + ½)/9.
    [Fact]
    public void EachMeasureIsItsDefinitionAndItsJsonName()
    {
        SortedSeries control = SortedSeries.Of([1, 2, 3]), experiment = SortedSeries.Of([2, 4, 6]);
        Assert.Equal(2.0, EffectSizeMeasures.Compute(EffectSizeMeasure.MeanRatio, control, experiment), 12);
        Assert.Equal(7.5 / 9, EffectSizeMeasures.Compute(EffectSizeMeasure.Cles, control, experiment), 12);
        Assert.Equal(2.0, EffectSizeMeasures.MeanRatio(control, experiment), 12);
        Assert.Equal(double.NaN, EffectSizeMeasures.MeanRatio(SortedSeries.Of([-1, 1]), experiment));   // a mean of 0
        Assert.Equal("meanRatio", EffectSizeMeasures.NameOf(EffectSizeMeasure.MeanRatio));
        Assert.Equal("cles", EffectSizeMeasures.NameOf(EffectSizeMeasure.Cles));
    }
}
