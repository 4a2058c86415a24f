using Judge.Stats.Dependence;
using Judge.Stats.Ranking;

namespace Judge.Stats.Tests.Dependence;

/// <summary>
/// The autoregression LongRunVariance prewhitens with, recomputed here from its definition: Yule–Walker from the
/// sample autocorrelations (mean removed, sums over n), then the first-order bias correction evaluated at the
/// corrected coefficients — three rounds from 30 points on, one below.
/// </summary>
public class AutoregressionBiasTests
{
    private static (double R1, double R2) Autocorrelations(double[] x)
    {
        var mean = x.Average();
        return Autocorrelations([x.Select(v => v - mean).ToArray()]);
    }

    private static (double R1, double R2) Autocorrelations(double[][] centred)
    {
        var variance = AutoCovarianceDefinition.Of(centred, 0);
        return (AutoCovarianceDefinition.Of(centred, 1) / variance, AutoCovarianceDefinition.Of(centred, 2) / variance);
    }

    [Theory]
    [InlineData(40, 3)]
    [InlineData(30, 3)]
    [InlineData(29, 1)]
    [InlineData(20, 1)]
    public void An_ar1_series_gets_kendalls_correction_iterated_from_30_points(int n, int rounds)
    {
        var x = SimulatedSeries.Ar1(new Random(51), n, 0.6);
        var (r1, r2) = Autocorrelations(x);
        var partial2 = (r2 - r1 * r1) / (1 - r1 * r1);
        Assert.True(n * -Math.Log(1 - partial2 * partial2) <= 2, "the series must select AR(1) for this test");

        var phi = r1;
        for (var i = 0; i < rounds; i++)
            phi = r1 + (1 + 3 * phi) / n;
        Assert.Equal(phi, LongRunVariance.Of(x).Autoregression, 12);
    }

    [Fact]
    public void Two_sides_ranks_are_pooled_scaled_by_their_lengths_and_corrected_for_their_mean_length()
    {
        // Ranks of each side divided by its length, centred; autocovariances summed over both sides over the total;
        // the bias correction with the length of one series (their mean, 45 here: three rounds).
        var first = AverageRanks.Of(SimulatedSeries.Ar1(new Random(54), 40, 0.5));
        var second = AverageRanks.Of(SimulatedSeries.Ar1(new Random(55), 50, 0.5));
        var (r1, r2) = Autocorrelations([Scaled(first), Scaled(second)]);
        var partial2 = (r2 - r1 * r1) / (1 - r1 * r1);
        Assert.True(90 * -Math.Log(1 - partial2 * partial2) <= 2, "the sides must select AR(1) for this test");

        var phi = r1;
        for (var i = 0; i < 3; i++)
            phi = r1 + (1 + 3 * phi) / 45.0;
        Assert.Equal(phi, LongRunVariance.OfRankSeriesPooled(first, second).Autoregression, 12);

        static double[] Scaled(double[] ranks)
        {
            var mean = ranks.Average();
            return ranks.Select(r => (r - mean) / ranks.Length).ToArray();
        }
    }

    [Fact]
    public void An_ar2_series_gets_shaman_and_stines_corrections_iterated()
    {
        var x = SimulatedSeries.Ar2(new Random(52), 120, 0.5, 0.3);
        const int n = 120;
        var (r1, r2) = Autocorrelations(x);
        var partial2 = (r2 - r1 * r1) / (1 - r1 * r1);
        Assert.True(n * -Math.Log(1 - partial2 * partial2) > 2, "the series must select AR(2) for this test");

        double yw1 = r1 * (1 - partial2), yw2 = partial2, phi1 = yw1, phi2 = yw2;
        for (var i = 0; i < 3; i++)
            (phi1, phi2) = (yw1 + (1 + phi1 + phi2) / n, yw2 + (2 + 4 * phi2) / n);
        Assert.True(phi1 + phi2 < LongRunVariance.MaxAutoregression, "the persistence must not be held for this test");
        Assert.Equal(phi1 + phi2, LongRunVariance.Of(x).Autoregression, 12);
    }

    [Fact]
    public void A_persistence_beyond_the_limit_is_held_at_it_by_the_first_coefficient()
    {
        // A random walk with a lag-2 echo: AR(2) whose corrected persistence exceeds 0.95.
        var random = new Random(53);
        var x = new double[200];
        for (var t = 2; t < x.Length; t++)
            x[t] = 0.7 * x[t - 1] + 0.299 * x[t - 2] + random.NextDouble() - 0.5;
        Assert.Equal(LongRunVariance.MaxAutoregression, LongRunVariance.Of(x).Autoregression, 12);
    }
}
