using Judge.Stats.Descriptive;
using Judge.Stats.Results;

namespace Judge.Stats.Tests.Descriptive;

/// <summary>Kayenta's StatisticSuite summary cases, plus the median Judge adds.</summary>
public class SeriesSummaryTests
{
    [Fact]
    public void SingleValue() => Assert.Equal(new DescriptiveStats(4, 4, 4, 0, 1, 4), SeriesSummary.Of([4.0]));

    [Fact]
    public void TwoClusters()
    {
        var stats = SeriesSummary.Of([1, 1, 1, 10, 10, 10]);
        Assert.Equal(5.5, stats.Mean, 12);
        Assert.Equal(4.9295, stats.Std, 4);
        Assert.Equal(6, stats.Count);
        Assert.Equal((1.0, 10.0, 5.5), (stats.Min, stats.Max, stats.Median));
    }

    [Fact]
    public void NoSeriesIsAnArgumentError() => Assert.Throws<ArgumentNullException>(() => SeriesSummary.Of(null!));

    [Fact]
    public void SortedValuesOfAnotherLengthAreRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => SeriesSummary.OfSorted([3.0, 1.0], [1.0]));
        Assert.Equal("sorted", error.ParamName);
        Assert.Contains("the sorted values must be the same values", error.Message);
    }

    [Fact]
    public void EmptyIsAllZero() => Assert.Equal(new DescriptiveStats(0, 0, 0, 0, 0, 0), SeriesSummary.Of([]));

    [Fact]
    public void UnorderedInput()
    {
        var stats = SeriesSummary.Of([3, -2, 7, 0]);
        Assert.Equal((-2.0, 7.0, 2.0, 1.5), (stats.Min, stats.Max, stats.Mean, stats.Median));
        Assert.Equal(Math.Sqrt((1 + 16 + 25 + 4) / 3.0), stats.Std, 12);
    }

    [Fact]
    public void VarianceIsNMinusOne()
    {
        Assert.Equal(0.5, SampleMoments.SampleVariance([1.0, 2.0]), 15);
        Assert.Equal(0.0, SampleMoments.SampleVariance([42.0]));
        Assert.True(double.IsNaN(SampleMoments.SampleVariance([])));
    }
}
