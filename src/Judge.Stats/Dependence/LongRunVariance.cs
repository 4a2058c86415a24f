using Judge.Stats.Ranking;

namespace Judge.Stats.Dependence;

/// <summary>
/// Variance inflation of a series' mean from its own autocorrelation: autoregressive prewhitening (AR(1), or AR(2) where
/// the lag-2 partial autocorrelation earns its place by AIC) with a first-order bias correction of the coefficients,
/// a Bartlett (Newey–West) kernel over the residuals for what the model leaves, then recolouring (Andrews–Monahan).
/// Prewhitening matters because a kernel alone, with the short bandwidths a 60-point series allows, sees a fraction of
/// the inflation of a strongly dependent series (about 4 of 19 at φ = 0.9).
/// </summary>
public static class LongRunVariance
{
    /// <summary>The largest persistence (sum of the autoregressive coefficients) used: beyond it the inflation
    /// (1 + φ)/(1 − φ) of an AR(1) is capped at 39.</summary>
    public const double MaxAutoregression = 0.95;

    /// <summary>Series shorter than this are taken as independent: nothing can be estimated from them.</summary>
    public const int MinCount = 4;

    /// <summary>The inflation of the series' ranks (mid-ranks for ties): robust to spikes and heavy tails, and what a
    /// rank statistic's variance depends on.</summary>
    /// <param name="series">The values in time order; no NaN.</param>
    public static SeriesDependence OfRanks(ReadOnlySpan<double> series) =>
        series.Length < MinCount ? SeriesDependence.Independent(series.Length) : Of(AverageRanks.Of(series));

    /// <summary>The inflation of the values themselves, floored at 1 and capped at the series' length.</summary>
    /// <param name="series">The values in time order; no NaN.</param>
    public static SeriesDependence Of(ReadOnlySpan<double> series)
    {
        var (ratio, persistence) = Estimate(series);
        return new SeriesDependence(series.Length, Math.Clamp(ratio, 1.0, Math.Max(series.Length, 1)), persistence);
    }

    /// <summary>
    /// The inflation of two series' ranks estimated together, for sides that share one dependence structure (a
    /// baseline and a canary of the same service): each side's ranks scaled by its length and centred, the
    /// autocovariances pooled — half the noise of one side's estimate. Floored at 1, capped at the shorter length.
    /// </summary>
    public static SeriesDependence OfRanksPooled(ReadOnlySpan<double> first, ReadOnlySpan<double> second) =>
        OfRankSeriesPooled(AverageRanks.Of(first), AverageRanks.Of(second));

    /// <summary>As <see cref="OfRanksPooled"/>, given each side's ranks (in time order) already.</summary>
    public static SeriesDependence OfRankSeriesPooled(ReadOnlySpan<double> first, ReadOnlySpan<double> second)
    {
        var count = Math.Min(first.Length, second.Length);
        if (count < MinCount)
            return SeriesDependence.Independent(count);
        double[][] centered = [ScaledRanks(first), ScaledRanks(second)];
        var covariances = LowLags(centered);
        var variance = covariances.Lag0;
        if (!(variance > 0))
            return SeriesDependence.Independent(count);
        var (longRun, persistence) = LongRun(centered, covariances);
        return new SeriesDependence(count, Math.Clamp(longRun / variance, 1.0, count), persistence);
    }

    private static double[] ScaledRanks(ReadOnlySpan<double> ranks)
    {
        var centered = Centered(ranks);
        for (var i = 0; i < centered.Length; i++)
            centered[i] /= centered.Length;
        return centered;
    }

    /// <summary>
    /// The long-run variance per step of series that share one dependence structure (a count metric's baseline and
    /// canary), each centred on its own mean, the autocovariances pooled: half the noise of one side's estimate.
    /// Unfloored, so an estimator that floors once at the end (a count's dispersion) is not biased upward twice.
    /// </summary>
    public static double PooledLongRun(ReadOnlySpan<double> first, ReadOnlySpan<double> second)
    {
        double[] a = Centered(first), b = Centered(second);
        double[][] series = a.Length >= MinCount
            ? b.Length >= MinCount ? [a, b] : [a]
            : b.Length >= MinCount ? [b] : [];
        if (series.Length == 0)
            return AutoCovariance([a, b], 0);
        return LongRun(series, LowLags(series)).LongRun;
    }

    private static (double Ratio, double Persistence) Estimate(ReadOnlySpan<double> series)
    {
        if (series.Length < MinCount)
            return (1.0, 0.0);
        double[][] centered = [Centered(series)];
        var covariances = LowLags(centered);
        var variance = covariances.Lag0;
        if (!(variance > 0))
            return (1.0, 0.0);
        var (longRun, persistence) = LongRun(centered, covariances);
        return (longRun / variance, persistence);
    }

    private readonly record struct Covariances(double Lag0, double Lag1, double Lag2);

    // The autocovariances at lags 0, 1 and 2, in one pass.
    private static Covariances LowLags(double[][] centered)
    {
        Span<double> lags = stackalloc double[3];
        AutoCovariances.Compute(centered, lags);
        return new Covariances(lags[0], lags[1], lags[2]);
    }

    private static (double LongRun, double Persistence) LongRun(double[][] centered, Covariances covariances)
    {
        var variance = covariances.Lag0;
        if (!(variance > 0))
            return (0.0, 0.0);
        var total = 0;
        foreach (var c in centered)
            total += c.Length;
        var (phi1, phi2) = Autoregression(covariances.Lag1 / variance, covariances.Lag2 / variance,
            total, (double)total / centered.Length);
        var order = phi2 == 0 ? 1 : 2;
        var residuals = new double[centered.Length][];
        for (var k = 0; k < centered.Length; k++)
        {
            var c = centered[k];
            var e = new double[c.Length - order];
            for (var t = order; t < c.Length; t++)
                e[t - order] = c[t] - phi1 * c[t - 1] - (order == 2 ? phi2 * c[t - 2] : 0);
            residuals[k] = e;
        }
        var persistence = phi1 + phi2;
        return (Bartlett(residuals) / ((1 - persistence) * (1 - persistence)), persistence);
    }

    // AR(1) unless the lag-2 partial autocorrelation lowers the residual variance enough to pay AIC's price of a
    // parameter; Yule–Walker coefficients, then the first-order bias of least squares with an estimated mean
    // (Kendall for AR(1); Shaman & Stine for AR(2)), the persistence held within ±MaxAutoregression. The bias is a
    // function of the true coefficients, so it is evaluated at the corrected ones (a short fixed-point iteration), not
    // at the biased estimate: at φ = 0.9 and 60 points that recovers most of the residual bias. The iteration
    // multiplies the correction by up to 1/(1 − 3/n), so short series (where a first-order formula is rough anyway) keep
    // the one-step correction.
    private const int BiasRounds = 3;

    private const int IteratedBiasFrom = 30;

    // n counts every point (AIC); seriesLength is the length of one series, whose own mean makes the bias.
    private static (double Phi1, double Phi2) Autoregression(double r1, double r2, int total, double seriesLength)
    {
        var n = seriesLength;
        var partial2 = Math.Abs(r1) < 1 ? (r2 - r1 * r1) / (1 - r1 * r1) : 0.0;
        double phi1, phi2;
        if (total * -Math.Log(1 - partial2 * partial2) > 2)
        {
            double yw1 = r1 * (1 - partial2), yw2 = partial2;
            (phi1, phi2) = (yw1, yw2);
            for (var round = 0; round < Rounds(n); round++)
                (phi1, phi2) = (yw1 + (1 + phi1 + phi2) / n, yw2 + (2 + 4 * phi2) / n);
        }
        else
        {
            (phi1, phi2) = (r1, 0.0);
            for (var round = 0; round < Rounds(n); round++)
                phi1 = r1 + (1 + 3 * phi1) / n;
        }
        var persistence = phi1 + phi2;
        var held = Math.Clamp(persistence, -MaxAutoregression, MaxAutoregression);
        return held == persistence ? (phi1, phi2) : (phi1 + held - persistence, phi2);
    }

    // The bandwidth follows one series' length: lags never cross from one series into the next.
    private static int Rounds(double seriesLength) => seriesLength >= IteratedBiasFrom ? BiasRounds : 1;

    private static double Bartlett(double[][] residuals)
    {
        var m = 0;
        foreach (var r in residuals)
            m = Math.Max(m, r.Length);
        var bandwidth = (int)Math.Floor(4 * Math.Pow(m / 100.0, 2.0 / 9.0));
        // Lags 0 .. min(bandwidth, m − 1), all in one pass.
        var lags = Math.Max(Math.Min(bandwidth, m - 1), 0) + 1;
        Span<double> covariances = lags <= 64 ? stackalloc double[lags] : new double[lags];
        AutoCovariances.Compute(residuals, covariances);
        var sum = covariances[0];
        for (var lag = 1; lag < lags; lag++)
            sum += 2 * (1 - lag / (bandwidth + 1.0)) * covariances[lag];
        return Math.Max(sum, 0);
    }

    private static double[] Centered(ReadOnlySpan<double> series)
    {
        var mean = 0.0;
        foreach (var v in series)
            mean += v;
        mean /= series.Length;
        var centered = new double[series.Length];
        for (var i = 0; i < centered.Length; i++)
            centered[i] = series[i] - mean;
        return centered;
    }

    private static double AutoCovariance(double[][] centered, int lag)
    {
        double sum = 0.0, count = 0;
        foreach (var series in centered)
        {
            for (var t = lag; t < series.Length; t++)
                sum += series[t] * series[t - lag];
            count += series.Length;
        }
        return count > 0 ? sum / count : 0.0;
    }
}
