using Judge.Stats.Dependence;

namespace Judge.Stats.Tests.Dependence;

/// <summary>
/// The pooled autocovariances against their definition, one lag at a time: Σ over series and t ≥ lag of
/// s[t]·s[t − lag], over the total length. Lengths around the four-lag blocks (series shorter than a block's lags,
/// lag counts that leave a partial block) are where the blocked pass could go wrong.
/// </summary>
public class AutoCovariancesTests
{
    [Theory]
    [InlineData(new[] { 1 }, 4)]
    [InlineData(new[] { 2 }, 4)]
    [InlineData(new[] { 3 }, 5)]
    [InlineData(new[] { 4 }, 4)]
    [InlineData(new[] { 5 }, 8)]
    [InlineData(new[] { 6 }, 9)]
    [InlineData(new[] { 7, 2 }, 7)]
    [InlineData(new[] { 12, 9 }, 4)]
    [InlineData(new[] { 30, 3 }, 11)]
    [InlineData(new[] { 200 }, 13)]
    [InlineData(new[] { 20, 4 }, 12)]   // a series that ends exactly where a later block's first lag begins
    [InlineData(new[] { 8, 5 }, 13)]
    public void EveryLagIsItsDefinition(int[] lengths, int lags)
    {
        var random = new Random(lengths.Sum() * 31 + lags);
        var series = lengths.Select(n => Enumerable.Range(0, n).Select(_ => random.NextDouble() * 4 - 2).ToArray()).ToArray();
        var result = Enumerable.Repeat(double.NaN, lags).ToArray();   // filled with garbage: the sums must start at 0

        AutoCovariances.Compute(series[0], series.Length > 1 ? series[1] : [], result);

        for (var lag = 0; lag < lags; lag++)
            Assert.Equal(AutoCovarianceDefinition.Of(series, lag), result[lag], 1e-12);
    }

    [Fact]
    public void EmptySeriesGiveZeroAtEveryLag()
    {
        var result = new[] { double.NaN, 5.0, 7.0, 1.0, 2.0 };
        AutoCovariances.Compute([], [], result);
        Assert.All(result, value => Assert.Equal(0.0, value));
    }

    [Fact]
    public void AnEmptySecondSeriesAddsNothing()
    {
        var series = new[] { 1.5, -0.5, 2.0, -3.0, 0.25 };
        double[] alone = new double[3], withEmpty = new double[3];
        AutoCovariances.Compute(series, [], alone);
        AutoCovariances.Compute([], series, withEmpty);
        Assert.Equal(alone, withEmpty);
    }
}
