using Judge.Stats.Configuration;
using Judge.Stats.Preprocessing;

namespace Judge.Stats.Tests.Preprocessing;

/// <summary>Kayenta's DetectorSuite / TransformSuite (plain IQR, factor 1.5) plus the reduced-sensitivity fences.</summary>
public class IqrOutlierDetectorTests
{
    private static readonly IqrOutlierDetector Plain = new(1.5, reduceSensitivity: false);

    [Fact]
    public void FlagsTheSingleSpike()
    {
        double[] values = [21, 23, 24, 25, 50, 29, 23, 21];
        Assert.Equal([false, false, false, false, true, false, false, false], Plain.Detect(values));
        Assert.Equal([21, 23, 24, 25, 29, 23, 21], Plain.RemoveOutliers(values));
    }

    [Fact]
    public void FlagsBothTails() =>
        Assert.Equal([false, false, false, true, false, false, false, true], Plain.Detect([1, 1, 1, 5, -1, -1, -1, -5]));

    [Fact]
    public void EmptyStaysEmpty()
    {
        Assert.Empty(Plain.Detect([]));
        Assert.Empty(Plain.RemoveOutliers([]));
    }

    [Fact]
    public void ReducedSensitivityWidensFencesToP1AndP99()
    {
        // 100 values 1..100 with factor 0: the IQR fences are [Q1, Q3] but p1/p99 keep almost everything.
        var values = Enumerable.Range(1, 100).Select(i => (double)i).ToArray();
        var reduced = new IqrOutlierDetector(0, reduceSensitivity: true);
        var (lower, upper) = reduced.Fences(values);
        Assert.Equal(Percentile.R7(values, 1), lower, 12);
        Assert.Equal(Percentile.R7(values, 99), upper, 12);
        Assert.Equal([1.0, 100.0], values.Where((_, i) => reduced.Detect(values)[i]));
        Assert.Equal(50, new IqrOutlierDetector(0, reduceSensitivity: false).RemoveOutliers(values).Length);
    }

    [Fact]
    public void FenceComparisonIsStrict()
    {
        // Q1 = 2, Q3 = 4, IQR = 2, factor 1 → fences [0, 6]: the value 6 sits on the fence and stays.
        double[] values = [0, 2, 3, 4, 6];
        Assert.Equal(values, new IqrOutlierDetector(1, reduceSensitivity: false).RemoveOutliers(values));
        Assert.Equal([2.0, 3, 4], new IqrOutlierDetector(0.99, reduceSensitivity: false).RemoveOutliers(values));
    }

    [Fact]
    public void RejectsNegativeFactor() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new IqrOutlierDetector(-1, false));

    [Fact]
    public void PreprocessorAppliesNanStrategyThenOutliers()
    {
        double[] values = [1, 2, double.NaN, 3, 2, 1, 2, 3, 1000];
        var removeConfig = new MetricAnalysisConfig { Outliers = new OutlierConfig(OutlierStrategy.Remove, 3.0) };
        Assert.Equal([1.0, 2, 3, 2, 1, 2, 3], SeriesPreprocessor.Apply(values, removeConfig));
        var keepReplace = new MetricAnalysisConfig { NanStrategy = NanStrategy.Replace };
        Assert.Equal([1.0, 2, 0, 3, 2, 1, 2, 3, 1000], SeriesPreprocessor.Apply(values, keepReplace));
    }

    [Fact]
    public void A_value_exactly_on_a_fence_is_not_an_outlier()
    {
        // Factor 0: the fences are Q1 = 2 and Q3 = 4 themselves, and both are values of the sample.
        var detector = new IqrOutlierDetector(0, reduceSensitivity: false);
        Assert.Equal((2.0, 4.0), detector.Fences([5, 1, 4, 2, 3]));
        Assert.Equal([true, true, false, false, false], detector.Detect([5, 1, 4, 2, 3]));
    }

    [Fact]
    public void A_negative_or_infinite_factor_is_refused()
    {
        Assert.Contains("outlier factor must be a finite number", Assert.Throws<ArgumentOutOfRangeException>(() => new IqrOutlierDetector(-1, false)).Message);
        Assert.Equal("factor", Assert.Throws<ArgumentOutOfRangeException>(() => new IqrOutlierDetector(double.PositiveInfinity, false)).ParamName);
    }
}
