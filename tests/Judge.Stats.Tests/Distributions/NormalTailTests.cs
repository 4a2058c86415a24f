using Judge.Stats.Distributions;

namespace Judge.Stats.Tests.Distributions;

public class NormalTailTests
{
    // Φ(z) from 40-digit arithmetic. exp(−z²/2) carries the rounding of z², so the error grows like z²·eps
    // (about 1e-13 at z = −37.5), far inside the oracle's 1e-8.
    [Theory]
    [InlineData(-1.5, 0.066807201268858066004)]
    [InlineData(-5, 2.8665157187919391167e-7)]
    [InlineData(-10, 7.619853024160526066e-24)]
    [InlineData(-20, 2.7536241186062336951e-89)]
    [InlineData(-37.5, 4.6053530095819548438e-308)]
    public void FarTailsKeepTheirRelativeAccuracy(double z, double expected)
    {
        Assert.True(Math.Abs(NormalTail.Lower(z) - expected) <= 1e-12 * expected, $"Φ({z}) = {NormalTail.Lower(z):R}");
        Assert.True(Math.Abs(NormalTail.Upper(-z) - expected) <= 1e-12 * expected, $"1 − Φ({-z}) = {NormalTail.Upper(-z):R}");
    }

    [Fact]
    public void TwoSidedIsTwiceTheSmallerTail()
    {
        Assert.Equal(1.0, NormalTail.TwoSided(0));
        Assert.Equal(2 * NormalTail.Lower(-10), NormalTail.TwoSided(10));
        Assert.Equal(2 * NormalTail.Lower(-10), NormalTail.TwoSided(-10));
        Assert.Equal(0.0, NormalTail.TwoSided(60));
        Assert.True(double.IsNaN(NormalTail.TwoSided(double.NaN)));
    }
}
