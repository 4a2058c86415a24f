using Judge.Stats.Preprocessing;

namespace Judge.Stats.Tests.Preprocessing;

public class PercentileTests
{
    private static readonly double[] HalfSteps = [0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5];

    [Theory]
    [InlineData(5, 0.175)]
    [InlineData(50, 1.75)]
    [InlineData(100, 3.5)]
    public void R7OfHalfSteps(double p, double expected) => Assert.Equal(expected, Percentile.R7(HalfSteps, p), 12);

    [Fact]
    public void MedianOfZeroToNine() => Assert.Equal(4.5, Percentile.R7(Enumerable.Range(0, 10).Select(i => (double)i).ToArray(), 50), 12);

    [Fact]
    public void P90OfStatisticSuiteVector()
    {
        double[] values = [95.1772, 95.1567, 95.1937, 95.1959, 95.1442, 95.0610, 95.1591, 95.1195, 95.1772, 95.0925, 95.1990, 95.1682];
        Assert.Equal(95.19568, Percentile.R7(values, 90), 10);
    }

    [Fact]
    public void SingleValueAndEmpty()
    {
        Assert.Equal(7.0, Percentile.R7([7.0], 1));
        Assert.True(double.IsNaN(Percentile.R7([], 50)));
    }

    [Fact]
    public void UnsortedInputIsSortedFirst() => Assert.Equal(2.5, Percentile.R7([4, 1, 3, 2], 50));

    [Fact]
    public void DiffersFromR6OnSmallSamples()
    {
        // R-7 on [1..5] at p25: pos = 1 + 4·0.25 = 2 → 2; R-6 would give 1.5.
        Assert.Equal(2.0, Percentile.R7([5, 4, 3, 2, 1], 25));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(100.5)]
    [InlineData(double.NaN)]
    public void RejectsPercentilesOutsideTheRange(double p) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentile.R7([1, 2], p));

    [Fact]
    public void ARejectedPercentileNamesTheRange()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Percentile.R7OfSorted([1.0, 2.0], 0));
        Assert.Equal("p", error.ParamName);
        Assert.StartsWith("percentile must be in (0, 100]", error.Message);
    }
}
