using System.Buffers;
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
        using var work = new Workspace(first.Length, second.Length);
        ScaleRanks(first, work.First);
        ScaleRanks(second, work.Second);
        var covariances = LowLags(work.First, work.Second);
        var variance = covariances.Lag0;
        if (!(variance > 0))
            return SeriesDependence.Independent(count);
        var (longRun, persistence) = LongRun(work, covariances);
        return new SeriesDependence(count, Math.Clamp(longRun / variance, 1.0, count), persistence);
    }

    // The ranks centred, then divided by their count.
    private static void ScaleRanks(ReadOnlySpan<double> ranks, Span<double> into)
    {
        Center(ranks, into);
        for (var i = 0; i < into.Length; i++)
            into[i] /= into.Length;
    }

    /// <summary>
    /// The long-run variance per step of series that share one dependence structure (a count metric's baseline and
    /// canary), each centred on its own mean, the autocovariances pooled: half the noise of one side's estimate.
    /// Unfloored, so an estimator that floors once at the end (a count's dispersion) is not biased upward twice.
    /// </summary>
    public static double PooledLongRun(ReadOnlySpan<double> first, ReadOnlySpan<double> second)
    {
        // A side too short to estimate from is left out, unless both are: then the variance of both.
        bool useFirst = first.Length >= MinCount, useSecond = second.Length >= MinCount;
        if (!useFirst && !useSecond)
            return LagZero(first, second);
        // Both sides, or the one long enough as the only series.
        var a = useFirst ? first : second;
        var b = useFirst && useSecond ? second : [];
        using var work = new Workspace(a.Length, b.Length);
        Center(a, work.First);
        Center(b, work.Second);
        return LongRun(work, LowLags(work.First, work.Second)).LongRun;
    }

    private static (double Ratio, double Persistence) Estimate(ReadOnlySpan<double> series)
    {
        if (series.Length < MinCount)
            return (1.0, 0.0);
        using var work = new Workspace(series.Length, 0);
        Center(series, work.First);
        var covariances = LowLags(work.First, []);
        var variance = covariances.Lag0;
        if (!(variance > 0))
            return (1.0, 0.0);
        var (longRun, persistence) = LongRun(work, covariances);
        return (longRun / variance, persistence);
    }

    private readonly record struct Covariances(double Lag0, double Lag1, double Lag2);

    // The autocovariances at lags 0, 1 and 2, in one pass.
    private static Covariances LowLags(ReadOnlySpan<double> first, ReadOnlySpan<double> second)
    {
        Span<double> lags = stackalloc double[3];
        AutoCovariances.Compute(first, second, lags);
        return new Covariances(lags[0], lags[1], lags[2]);
    }

    private static (double LongRun, double Persistence) LongRun(Workspace work, Covariances covariances)
    {
        var variance = covariances.Lag0;
        if (!(variance > 0))
            return (0.0, 0.0);
        var total = work.First.Length + work.Second.Length;
        var seriesCount = work.Second.IsEmpty ? 1 : 2;
        var (phi1, phi2) = Autoregression(covariances.Lag1 / variance, covariances.Lag2 / variance,
            total, (double)total / seriesCount);
        var order = phi2 == 0 ? 1 : 2;
        var firstResiduals = Residuals(work.First, phi1, phi2, order, work.FirstResiduals);
        var secondResiduals = Residuals(work.Second, phi1, phi2, order, work.SecondResiduals);
        var persistence = phi1 + phi2;
        return (Bartlett(firstResiduals, secondResiduals) / ((1 - persistence) * (1 - persistence)), persistence);
    }

    // What the autoregression leaves of a centred series (empty for an empty one).
    private static Span<double> Residuals(ReadOnlySpan<double> c, double phi1, double phi2, int order, Span<double> space)
    {
        if (c.IsEmpty)
            return [];
        var e = space[..(c.Length - order)];
        for (var t = order; t < c.Length; t++)
            e[t - order] = c[t] - phi1 * c[t - 1] - (order == 2 ? phi2 * c[t - 2] : 0);
        return e;
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

    private static double Bartlett(ReadOnlySpan<double> first, ReadOnlySpan<double> second)
    {
        var m = Math.Max(first.Length, second.Length);
        var bandwidth = (int)Math.Floor(4 * Math.Pow(m / 100.0, 2.0 / 9.0));
        // Lags 0 .. min(bandwidth, m − 1), all in one pass.
        var lags = Math.Max(Math.Min(bandwidth, m - 1), 0) + 1;
        Span<double> covariances = lags <= 64 ? stackalloc double[lags] : new double[lags];
        AutoCovariances.Compute(first, second, covariances);
        var sum = covariances[0];
        for (var lag = 1; lag < lags; lag++)
            sum += 2 * (1 - lag / (bandwidth + 1.0)) * covariances[lag];
        return Math.Max(sum, 0);
    }

    private static void Center(ReadOnlySpan<double> series, Span<double> into)
    {
        var mean = 0.0;
        foreach (var v in series)
            mean += v;
        mean /= series.Length;
        for (var i = 0; i < into.Length; i++)
            into[i] = series[i] - mean;
    }

    // The mean square of both series about their own means, each divided by the total length.
    private static double LagZero(ReadOnlySpan<double> first, ReadOnlySpan<double> second)
    {
        using var work = new Workspace(first.Length, second.Length);
        Center(first, work.First);
        Center(second, work.Second);
        Span<double> lag0 = stackalloc double[1];
        AutoCovariances.Compute(work.First, work.Second, lag0);
        return lag0[0];
    }

    /// <summary>
    /// One pooled buffer for an estimate's working series: each side centred, then what the autoregression leaves of it.
    /// The estimate allocates nothing, and its buffer is warm in the cache from the last one.
    /// </summary>
    private readonly ref struct Workspace
    {
        private readonly double[] _buffer;
        private readonly int _firstLength, _secondLength;

        public Workspace(int firstLength, int secondLength)
        {
            (_firstLength, _secondLength) = (firstLength, secondLength);
            _buffer = ArrayPool<double>.Shared.Rent(Math.Max(2 * (firstLength + secondLength), 1));
        }

        public Span<double> First => _buffer.AsSpan(0, _firstLength);

        public Span<double> Second => _buffer.AsSpan(_firstLength, _secondLength);

        public Span<double> FirstResiduals => _buffer.AsSpan(_firstLength + _secondLength, _firstLength);

        public Span<double> SecondResiduals => _buffer.AsSpan(2 * _firstLength + _secondLength, _secondLength);

        public void Dispose() => ArrayPool<double>.Shared.Return(_buffer);
    }
}
