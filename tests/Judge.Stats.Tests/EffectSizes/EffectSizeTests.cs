using Judge.Stats.EffectSizes;

namespace Judge.Stats.Tests.EffectSizes;

/// <summary>Vectors from Kayenta's StatisticSuite and ClassifierSuite (argument order: control, experiment).</summary>
public class EffectSizeTests
{
    [Fact]
    public void MeanRatioOfConstantSamples()
    {
        Assert.Equal(1.0, EffectSize.MeanRatio([1, 1, 1, 1, 1], [1, 1, 1, 1, 1]));
        Assert.Equal(10.0, EffectSize.MeanRatio([1, 1, 1, 1, 1], [10, 10, 10, 10, 10]));
        Assert.Equal(0.1, EffectSize.MeanRatio([100, 100, 100, 100, 100], [10, 10, 10, 10, 10]));
    }

    [Fact]
    public void MeanRatioIsNaNWhenEitherMeanIsZero()
    {
        Assert.True(double.IsNaN(EffectSize.MeanRatio([0, 0, 0, 0, 0], [10, 10, 10, 10, 10])));
        Assert.True(double.IsNaN(EffectSize.MeanRatio([54.9, 54.5], [0, 0])));
        Assert.True(double.IsNaN(EffectSize.MeanRatio([-1, 1], [3, 4])));
    }

    [Fact]
    public void MeanRatioOfTheClassifierSuiteVectors()
    {
        Assert.Equal(23.6 / 1.96, EffectSize.MeanRatio([1, 2.2, 1.1, 2.5, 3], [20, 22, 21, 25, 30]), 1e-12);
        Assert.Equal(13.56 / 23.6, EffectSize.MeanRatio([20, 22, 21, 25, 30], [10, 12.2, 10.1, 12.5, 23]), 1e-12);
    }

    [Fact]
    public void SampleMeanAppliesTheCorrectionPass()
    {
        Assert.Equal(2.0, SampleMean.Of([1, 2, 3]));
        Assert.True(double.IsNaN(SampleMean.Of([])));
        // The correction pass recovers what the naive sum/n loses: 0.1 three times sums to 0.30000000000000004.
        Assert.Equal(0.1, SampleMean.Of([0.1, 0.1, 0.1]));
    }

    [Fact]
    public void ClesOfIdenticalSamplesIsOneHalf()
    {
        Assert.Equal(0.5, EffectSize.Cles([1, 2, 3, 4, 5], [1, 2, 3, 4, 5]));
    }

    [Fact]
    public void ClesWithoutOverlapIsZero()
    {
        double[] experiment = [2.27776335, 2.61149434, 3.26894105, 2.91672701, 1.40656921, 2.18292082, 3.47901292, 3.00034118, 3.02402043, 4.69912745];
        double[] control = [25.31531073, 25.19450817, 24.6288846, 24.37991861, 26.40999244, 25.28524759, 24.99788745, 26.13841676, 22.93604649, 24.56817832];
        Assert.Equal(0.0, EffectSize.Cles(control, experiment));
        Assert.Equal(1.0, EffectSize.Cles(experiment, control));
    }

    [Fact]
    public void ClesOfTheLowMetricIsExactlyPointTwelve()
    {
        double[] experiment =
        [
            22.58442682, 18.83161858, 22.34282944, 18.52177725, 19.41399147, 21.77120485, 24.33796385, 22.16390531, 23.781802, 21.38514296,
            22.2205035, 22.06152361, 21.30313392, 21.59652134, 22.38394223, 24.68882792, 20.58916439, 21.03137302, 22.26213957, 23.76485986,
            20.56271226, 24.56567102, 19.86055958, 22.18967677, 20.31475409, 19.2634656, 24.60283585, 20.41729998, 20.62069798, 22.53448767,
        ];
        double[] control =
        [
            23.15322873, 22.09179077, 26.56410603, 23.0971542, 24.26372276, 25.6461273, 29.42730472, 22.08630097, 29.15257054, 25.8096766,
            24.62191338, 23.67398895, 23.63946085, 26.44684325, 25.76230914, 25.41279862, 22.64005862, 24.58898152, 25.01968457, 25.03695883,
            23.79864705, 26.60180151, 25.99405034, 22.46726084, 28.31843786, 24.30152484, 22.83713467, 21.92380184, 23.44735223, 29.15676219,
        ];
        Assert.Equal(0.12, EffectSize.Cles(control, experiment));
    }

    [Fact]
    public void ClesCountsTiesAsHalf()
    {
        // Pairs (e, c) of e = [2, 3], c = [1, 2]: e > c in 3 of 4, e == c in 1 of 4 → 3/4 + 0.5/4.
        Assert.Equal(0.875, EffectSize.Cles([1, 2], [2, 3]));
        Assert.True(double.IsNaN(EffectSize.Cles([], [1])));
    }
}
