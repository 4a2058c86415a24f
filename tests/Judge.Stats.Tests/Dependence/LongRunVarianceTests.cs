using Judge.Stats.Dependence;

namespace Judge.Stats.Tests.Dependence;

public class LongRunVarianceTests
{
    [Fact]
    public void ShortOrConstantSeriesAreTakenAsIndependent()
    {
        Assert.Equal(1.0, LongRunVariance.OfRanks([3, 1, 2]).Inflation);
        Assert.Equal(1.0, LongRunVariance.Of([5, 5, 5, 5, 5, 5]).Inflation);
    }

    [Fact]
    public void AMonotoneSeriesIsCappedAtItsLengthOrTheLargestCoefficient()
    {
        var trend = Enumerable.Range(0, 60).Select(i => (double)i).ToArray();
        var dependence = LongRunVariance.OfRanks(trend);
        Assert.Equal(LongRunVariance.MaxAutoregression, dependence.Autoregression);
        Assert.InRange(dependence.Inflation, 5, 60);
        Assert.True(dependence.EffectiveSize >= 1);
    }

    [Theory]
    [InlineData(0.0, 1.0, 1.6)]
    [InlineData(0.5, 2.2, 3.9)]
    [InlineData(0.7, 4.0, 7.5)]
    [InlineData(0.9, 12.0, 26.0)]
    public void TheMedianInflationOfAr1RanksIsNearTheTheoreticalOne(double phi, double low, double high)
    {
        // Theory for the mean of an AR(1) series: (1 + φ)/(1 − φ) = 1, 3, 5.7, 19; ranks are slightly less dependent.
        var random = new Random(11);
        var inflations = Enumerable.Range(0, 201)
            .Select(_ => LongRunVariance.OfRanks(SimulatedSeries.Ar1(random, 360, phi)).Inflation)
            .Order().ToArray();
        Assert.InRange(inflations[100], low, high);
    }

    [Fact]
    public void NegativeDependenceIsFlooredAtOne()
    {
        var alternating = Enumerable.Range(0, 100).Select(i => i % 2 == 0 ? 1.0 + i * 1e-3 : -1.0 - i * 1e-3).ToArray();
        Assert.Equal(1.0, LongRunVariance.OfRanks(alternating).Inflation);
    }

    [Fact]
    public void AnAr2SeriesIsPrewhitenedAsAr2AndItsInflationFound()
    {
        // AR(2) φ = (0.5, 0.3): lag-1 autocorrelation 0.71 (an AR(1) fit would say 6), true inflation 25 / 2.24 = 11.2.
        var random = new Random(12);
        var dependences = Enumerable.Range(0, 201).Select(_ => LongRunVariance.Of(SimulatedSeries.Ar2(random, 360, 0.5, 0.3)))
            .OrderBy(d => d.Inflation).ToArray();
        Assert.InRange(dependences[100].Inflation, 8.0, 14.0);
        Assert.InRange(dependences[100].Autoregression, 0.7, 0.85);
    }

    [Fact]
    public void PoolingTwoSidesKeepsTheVarianceOfIndependentCountsAndFindsSharedDependence()
    {
        var random = new Random(13);
        var independent = Enumerable.Range(0, 101)
            .Select(_ => LongRunVariance.PooledLongRun(SimulatedSeries.Poisson(random, 120, 2), SimulatedSeries.Poisson(random, 120, 2)))
            .Order().ToArray();
        Assert.InRange(independent[50], 1.6, 2.4);
        var dependent = Enumerable.Range(0, 101)
            .Select(_ => LongRunVariance.PooledLongRun(SimulatedSeries.Ar1(random, 120, 0.7), SimulatedSeries.Ar1(random, 120, 0.7)))
            .Order().ToArray();
        Assert.InRange(dependent[50], 4.0, 7.5);
    }

    [Fact]
    public void PoolingSeriesTooShortToEstimateFallsBackToTheirVariance() =>
        Assert.Equal(2.0 / 3, LongRunVariance.PooledLongRun([1, 2, 3], [1, 2, 3]), 12);

    [Fact]
    public void PooledRanksOfTwoAr1SidesFindTheirSharedInflationWithLessSpreadThanOneSide()
    {
        var random = new Random(14);
        var pooled = new List<double>();
        var single = new List<double>();
        for (var r = 0; r < 201; r++)
        {
            var (a, b) = (SimulatedSeries.Ar1(random, 120, 0.7), SimulatedSeries.Ar1(random, 120, 0.7));
            pooled.Add(LongRunVariance.OfRanksPooled(a, b).Inflation);
            single.Add(LongRunVariance.OfRanks(a).Inflation);
        }
        pooled.Sort();
        single.Sort();
        Assert.InRange(pooled[100], 4.0, 6.5);
        Assert.True(pooled[180] - pooled[20] < 0.85 * (single[180] - single[20]),
            $"pooled 10–90 % spread {pooled[180] - pooled[20]:0.00}, one side {single[180] - single[20]:0.00}");
    }
}
