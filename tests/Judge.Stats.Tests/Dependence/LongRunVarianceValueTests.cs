using Judge.Stats.Dependence;

namespace Judge.Stats.Tests.Dependence;

/// <summary>The estimator's exact output on small series worked through by hand, step by step.</summary>
public class LongRunVarianceValueTests
{
    [Fact]
    public void FourPointsAreAlreadyEstimatedNotTakenAsIndependent()
    {
        // Ranks 1..4 centred: −1.5, −0.5, 0.5, 1.5; γ0 = 1.25, γ1 = 0.3125, r = 0.25; r + (1 + 3r)/4 = 0.6875.
        var dependence = LongRunVariance.OfRanks([10, 20, 30, 40]);

        Assert.Equal(0.6875, dependence.Autoregression, 12);
        Assert.Equal(4.0, dependence.Inflation); // the estimate (10.25) is capped at the length
    }

    [Fact]
    public void TwelvePointsGiveTheDocumentedPrewhitenedBartlettInflation()
    {
        // n = 12: φ = r + (1 + 3r)/12 = 0.45018…; 11 residuals e_t = c_t − φ·c_(t−1); Bartlett bandwidth
        // ⌊4·(11/100)^(2/9)⌋ = 2 with weights 1 − lag/3; long-run variance over (1 − φ)², divided by γ0 of the series.
        // Each step changed (11 residuals → 12, bandwidth 6 or 18, one lag, weights 1 + lag/3, sums not divided by
        // their length) gives 1.56, 1.78, 1.16, 1.68, 1.75 or 1.55 instead.
        var dependence = LongRunVariance.Of([3, 5, 4, 6, 7, 6, 8, 7, 5, 6, 4, 5]);

        Assert.Equal(0.4501811594202898, dependence.Autoregression, 12);
        Assert.Equal(1.8398390917543173, dependence.Inflation, 9);
        Assert.Equal(12 / 1.8398390917543173, dependence.EffectiveSize, 9);
    }
}
