using Judge.Stats.Counts;

namespace Judge.Stats.Tests.Counts;

/// <summary>What the rate-ratio test refuses, naming the argument.</summary>
public class RateRatioArgumentTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void ATrafficRatioMustBeFiniteAndPositive(double trafficRatio)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => RateRatioTest.Compare([1, 2], [1, 2], trafficRatio, 0.98, 0.25));
        Assert.Equal("trafficRatio", e.ParamName);
        Assert.StartsWith("trafficRatio must be a finite number > 0", e.Message);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void TheConfidenceLevelMustLieStrictlyInsideZeroToOne(double level)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => RateRatioTest.Compare([1, 2], [1, 2], 1.0, level, 0.25));
        Assert.Equal("confidenceLevel", e.ParamName);
        Assert.StartsWith("confidenceLevel must lie strictly between 0 and 1", e.Message);
        // Without events nothing downstream reads the level: the check itself must refuse it.
        var none = Assert.Throws<ArgumentOutOfRangeException>(() => RateRatioTest.Compare([0, 0], [0, 0], 1.0, level, 0.25));
        Assert.Equal("confidenceLevel", none.ParamName);
    }

    [Fact]
    public void EachSideNeedsACount()
    {
        var empty = Assert.Throws<ArgumentException>(() => RateRatioTest.Compare([], [1], 1.0, 0.98, 0.25));
        Assert.Equal("experiment", empty.ParamName);
        Assert.StartsWith("experiment must hold at least one count", empty.Message);
        Assert.Equal("control", Assert.Throws<ArgumentException>(() => RateRatioTest.Compare([1], [], 1.0, 0.98, 0.25)).ParamName);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(-0.5)]
    public void ACountMustBeFiniteAndNotNegative(double bad)
    {
        var e = Assert.Throws<ArgumentException>(() => RateRatioTest.Compare([1, bad], [1, 1], 1.0, 0.98, 0.25));
        Assert.Equal("experiment", e.ParamName);
        Assert.Contains("experiment[1]", e.Message);
    }

    [Fact]
    public void ZeroIsACount() =>
        Assert.Equal(0, RateRatioTest.Compare([0], [1], 1.0, 0.98, 0.25).ExperimentTotal);
}
