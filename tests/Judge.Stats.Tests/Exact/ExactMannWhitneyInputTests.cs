using Judge.Stats.Exact;

namespace Judge.Stats.Tests.Exact;

public class ExactMannWhitneyInputTests
{
    private readonly ExactMannWhitney _test = new();

    [Fact]
    public void EmptySampleNamesTheField()
    {
        var error = Assert.Throws<ArgumentException>(() => _test.Analyze([], [1.0], 0.98));
        Assert.Equal("experiment", error.ParamName);
        error = Assert.Throws<ArgumentException>(() => _test.Analyze([1.0], [], 0.98));
        Assert.Equal("control", error.ParamName);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void NonFiniteValueNamesTheFieldAndIndex(double bad)
    {
        var error = Assert.Throws<ArgumentException>(() => _test.Analyze([1.0, 2.0], [3.0, bad], 0.98));
        Assert.Equal("control", error.ParamName);
        Assert.Contains("control[1]", error.Message);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.5)]
    [InlineData(double.NaN)]
    public void ConfidenceLevelMustLieStrictlyBetweenZeroAndOne(double level)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => _test.Analyze([1.0, 2.0], [3.0], level));
        Assert.Equal("confidenceLevel", error.ParamName);
        Assert.Contains("confidenceLevel must lie strictly between 0 and 1", error.Message);
    }

    [Theory]
    [InlineData(0.99)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void VarianceInflationMustBeAFiniteNumberOfAtLeastOne(double inflation)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => _test.Analyze([1.0, 2.0], [3.0], 0.95, inflation));
        Assert.Equal("varianceInflation", error.ParamName);
        Assert.Contains("varianceInflation must be a finite number", error.Message);
    }

    [Fact]
    public void DifferencesThatOverflowAreRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => _test.Analyze([1e308, 0.0], [-1e308, 1.0], 0.98));
        Assert.Contains("overflow", error.Message);
    }

    [Fact]
    public void InputSpansAreNotModified()
    {
        double[] experiment = [3, 1, 2];
        double[] control = [9, 7, 8];
        _test.Compare(experiment, control, 0.98);
        Assert.Equal([3.0, 1, 2], experiment);
        Assert.Equal([9.0, 7, 8], control);
    }
}
