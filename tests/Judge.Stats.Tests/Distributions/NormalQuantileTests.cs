using Judge.Stats.Distributions;

namespace Judge.Stats.Tests.Distributions;

public class NormalQuantileTests
{
    [Theory]
    [InlineData(0.98, 2.3263478740408408)]
    [InlineData(0.95, 1.9599639845400536)]
    public void TwoSidedCriticalReproducesRsConstantsBitExactly(double confidenceLevel, double expected)
    {
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected),
            BitConverter.DoubleToInt64Bits(NormalQuantile.TwoSidedCritical(confidenceLevel)));
    }

    [Fact]
    public void AlphaHalfIsTakenFromOneMinusTheLevelNotFromTheDecimalLiteral()
    {
        // (1 − 0.95)/2 = 0.025000000000000022, one ulp-level step from qnorm(0.025) = −1.9599639845400538.
        Assert.Equal(0.025000000000000022, (1 - 0.95) / 2);
        Assert.Equal(-1.9599639845400538, NormalQuantile.Of(0.025));
        Assert.NotEqual(-NormalQuantile.Of(0.025), NormalQuantile.TwoSidedCritical(0.95));
    }

    // True quantiles from 50-digit arithmetic; AS 241 is good to about 1e-16 relative in every branch.
    [Theory]
    [InlineData(0.001, -3.0902323061678135354)]
    [InlineData(0.01, -2.3263478740408410931)]
    [InlineData(0.05, -1.644853626951472688)]
    [InlineData(0.1, -1.2815515655446004353)]
    [InlineData(0.3, -0.52440051270804081597)]
    [InlineData(0.7, 0.52440051270804065631)]
    [InlineData(0.9, 1.2815515655446005935)]
    [InlineData(0.975, 1.9599639845400538556)]
    [InlineData(0.999, 3.0902323061678132778)]
    [InlineData(1e-10, -6.3613409024040561991)]
    [InlineData(1e-15, -7.9413453261709967713)]
    [InlineData(1e-100, -21.273453560965324294)]
    [InlineData(1e-300, -37.047096299361199237)]
    public void MatchesHighPrecisionQuantiles(double p, double expected)
    {
        var actual = NormalQuantile.Of(p);
        Assert.True(Math.Abs(actual - expected) <= 1e-15 * Math.Abs(expected), $"qnorm({p:R}) = {actual:R}, expected {expected:R}");
    }

    [Fact]
    public void EdgesAndInvalidProbabilities()
    {
        Assert.Equal(0.0, NormalQuantile.Of(0.5));
        Assert.Equal(double.NegativeInfinity, NormalQuantile.Of(0));
        Assert.Equal(double.PositiveInfinity, NormalQuantile.Of(1));
        Assert.True(double.IsNaN(NormalQuantile.Of(-0.1)));
        Assert.True(double.IsNaN(NormalQuantile.Of(1.1)));
        Assert.True(double.IsNaN(NormalQuantile.Of(double.NaN)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(-0.5)]
    [InlineData(double.NaN)]
    public void TwoSidedCriticalRejectsLevelsOutsideTheOpenUnitInterval(double confidenceLevel)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => NormalQuantile.TwoSidedCritical(confidenceLevel));
        Assert.Equal("confidenceLevel", error.ParamName);
        Assert.Contains("confidenceLevel must lie strictly between 0 and 1.", error.Message);
    }
}
