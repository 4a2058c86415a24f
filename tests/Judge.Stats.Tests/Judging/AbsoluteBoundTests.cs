using Judge.Stats.Configuration;
using Judge.Stats.Judging;

namespace Judge.Stats.Tests.Judging;

/// <summary>Judge's absolute bound on a canary aggregate, and how it combines with the statistical verdict.</summary>
public class AbsoluteBoundTests
{
    private static readonly MetricClassifier Exact = ExactAcaJudge.CreateClassifier();
    private static readonly double[] Baseline = [100, 101, 99, 100, 102, 98, 100, 101, 99, 100];
    private static readonly double[] SameLevel = [100, 100.5, 99.5, 101, 99, 100, 100.2, 99.8, 100, 101.5];

    private static MetricClassification Classify(double[] experiment, AbsoluteBound bound, bool critical = false,
        double[]? control = null) =>
        Exact.Classify("latency_p99", control ?? Baseline, experiment, new MetricAnalysisConfig { Bound = bound, Critical = critical });

    [Fact]
    public void WithinTheBoundKeepsTheStatisticalVerdict()
    {
        var result = Classify(SameLevel, new AbsoluteBound(50, 150));
        Assert.Equal(("Pass", "mann-whitney"), (result.Classification, result.Path));
    }

    [Fact]
    public void MeanAboveMaxIsHighAndNamesTheNumbers()
    {
        var result = Classify(SameLevel, new AbsoluteBound(null, 100.0));
        Assert.Equal(("High", "absolute-bound"), (result.Classification, result.Path));
        Assert.Contains("canary mean 100.15 is above the absolute bound max 100", result.Reason);
        Assert.Contains("statistical verdict Pass", result.Reason);
        Assert.NotNull(result.Metadata!.CiLower);
    }

    [Fact]
    public void BelowMinIsLow()
    {
        var result = Classify(SameLevel, new AbsoluteBound(100.5, null, BoundAggregate.Median));
        Assert.Equal("Low", result.Classification);
        Assert.Contains("canary median 100 is below the absolute bound min 100.5", result.Reason);
    }

    [Theory]
    [InlineData(BoundAggregate.Mean, 100.15, "Pass")]
    [InlineData(BoundAggregate.Median, 100, "Pass")]
    [InlineData(BoundAggregate.P95, 101.275, "High")]
    [InlineData(BoundAggregate.Max, 101.5, "High")]
    public void EachAggregate(BoundAggregate aggregate, double value, string expectedAgainstMax101)
    {
        var result = Classify(SameLevel, new AbsoluteBound(null, 101, aggregate));
        Assert.Equal(expectedAgainstMax101, result.Classification);
        if (expectedAgainstMax101 == "High")
            Assert.Contains(value.ToString(System.Globalization.CultureInfo.InvariantCulture), result.Reason);
    }

    [Fact]
    public void ViolationWinsOverAStatisticalLow()
    {
        double[] lower = [50, 51, 49, 50, 52, 48, 50, 51, 49, 50];
        Assert.Equal("Low", Classify(lower, new AbsoluteBound(null, 200)).Classification);
        var result = Classify(lower, new AbsoluteBound(null, 40));
        Assert.Equal("High", result.Classification);
        Assert.Contains("statistical verdict Low", result.Reason);
    }

    [Fact]
    public void ViolationOnACriticalMetricIsCritical()
    {
        Assert.True(Classify(SameLevel, new AbsoluteBound(null, 100), critical: true).Critical);
        Assert.False(Classify(SameLevel, new AbsoluteBound(null, 100), critical: false).Critical);
    }

    [Fact]
    public void ViolationAppliesEvenWhenTheSeriesAreIdentical()
    {
        var result = Classify(Baseline, new AbsoluteBound(null, 90), control: Baseline);
        Assert.Equal("High", result.Classification);
        Assert.Contains("identical", result.Reason);
    }

    [Fact]
    public void ViolationAppliesWhenTheBaselineIsMissing()
    {
        var result = Classify(SameLevel, new AbsoluteBound(null, 90), control: []);
        Assert.Equal("High", result.Classification);
        Assert.Contains("Missing data", result.Reason);
    }

    [Fact]
    public void WithoutCanaryDataTheBoundCannotApply()
    {
        var result = Classify([], new AbsoluteBound(0, 1));
        Assert.Equal("Nodata", result.Classification);
    }

    [Fact]
    public void BoundSeesTheSeriesAfterNanRemoval()
    {
        var result = Classify([100, double.NaN, 100.5, 99.5], new AbsoluteBound(null, 100.2));
        Assert.Equal("Pass", result.Classification);
    }
}
