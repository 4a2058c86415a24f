using Judge.Stats.Configuration;
using Judge.Stats.Judging;
using Judge.Stats.Results;

namespace Judge.Stats.Tests.Judging;

/// <summary>
/// The effect-size gates are inclusive: an effect exactly on the allowed or critical threshold counts as reaching it,
/// and one ulp past the effect it no longer does. The series have means 10, 20 and 5, so the mean ratios 2 and 0.5
/// are exact.
/// </summary>
public class EffectGateBoundaryTests
{
    private static readonly MetricClassifier Exact = ExactAcaJudge.CreateClassifier();
    private static readonly double[] MeanTen = [8, 9, 10, 11, 12, 8, 9, 10, 11, 12];
    private static readonly double[] MeanTwenty = [18, 19, 20, 21, 22, 18, 19, 20, 21, 22];
    private static readonly double[] MeanFive = [3, 4, 5, 6, 7, 3, 4, 5, 6, 7];

    private static MetricClassification Classify(double[] experiment, EffectSizeConfig gates) =>
        Exact.Classify("m", MeanTen, experiment, new MetricAnalysisConfig { Critical = true, EffectSize = gates });

    private static EffectSizeConfig Gates(double allowedIncrease = 1, double allowedDecrease = 1,
        double criticalIncrease = 1, double criticalDecrease = 1) =>
        new(EffectSizeMeasure.MeanRatio, allowedIncrease, allowedDecrease, criticalIncrease, criticalDecrease);

    [Fact]
    public void TheSeriesGiveExactRatios()
    {
        Assert.Equal(2.0, Classify(MeanTwenty, Gates()).Metadata!.EffectSize);
        Assert.Equal(0.5, Classify(MeanFive, Gates()).Metadata!.EffectSize);
    }

    [Fact]
    public void AnIncreaseExactlyOnTheAllowedIncreaseIsHigh()
    {
        Assert.Equal(MetricVerdicts.High, Classify(MeanTwenty, Gates(allowedIncrease: 2.0, criticalIncrease: 10)).Classification);
        Assert.Equal(MetricVerdicts.Pass, Classify(MeanTwenty, Gates(allowedIncrease: Math.BitIncrement(2.0))).Classification);
    }

    [Fact]
    public void AnIncreaseExactlyOnTheCriticalIncreaseIsCritical()
    {
        var onTheGate = Classify(MeanTwenty, Gates(criticalIncrease: 2.0));
        Assert.Equal((MetricVerdicts.High, true), (onTheGate.Classification, onTheGate.Critical));
        var pastTheEffect = Classify(MeanTwenty, Gates(criticalIncrease: Math.BitIncrement(2.0)));
        Assert.Equal((MetricVerdicts.High, false), (pastTheEffect.Classification, pastTheEffect.Critical));
    }

    [Fact]
    public void ADecreaseExactlyOnTheAllowedDecreaseIsLow()
    {
        Assert.Equal(MetricVerdicts.Low, Classify(MeanFive, Gates(allowedDecrease: 0.5, criticalDecrease: 0.1)).Classification);
        Assert.Equal(MetricVerdicts.Pass, Classify(MeanFive, Gates(allowedDecrease: Math.BitDecrement(0.5))).Classification);
    }

    [Fact]
    public void ADecreaseExactlyOnTheCriticalDecreaseIsCritical()
    {
        var onTheGate = Classify(MeanFive, Gates(criticalDecrease: 0.5));
        Assert.Equal((MetricVerdicts.Low, true), (onTheGate.Classification, onTheGate.Critical));
        var pastTheEffect = Classify(MeanFive, Gates(criticalDecrease: Math.BitDecrement(0.5)));
        Assert.Equal((MetricVerdicts.Low, false), (pastTheEffect.Classification, pastTheEffect.Critical));
    }
}
