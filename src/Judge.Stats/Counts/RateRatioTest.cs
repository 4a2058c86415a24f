using Judge.Stats.Dependence;
using Judge.Stats.Power;

namespace Judge.Stats.Counts;

/// <summary>
/// Compares event counts per step (errors per scrape interval, say) as rates on the totals: given the pooled total,
/// the canary's share is binomial under equal rates, so the interval of that share (Clopper–Pearson) maps to an
/// interval of the rate ratio. Counts that are overdispersed or bursty carry less information than Poisson counts:
/// both totals are divided by the dispersion (quasi-likelihood), estimated from the per-step counts with their
/// long-run variance, floored at 1. This is the test a metric that is 0 on most steps needs: a rank test of the
/// per-step values cannot see a doubling of a rate of 0.5 events a step.
/// </summary>
public static class RateRatioTest
{
    /// <param name="experiment">canary counts per step, in time order; finite and ≥ 0</param>
    /// <param name="control">baseline counts per step, in time order</param>
    /// <param name="trafficRatio">canary traffic ÷ baseline traffic per step (1 for an even split)</param>
    /// <param name="confidenceLevel">two-sided confidence level in (0, 1)</param>
    /// <param name="tolerance">the judge's band: the interval must clear ±tolerance·|estimate| (for the detectable increase)</param>
    public static RateRatioResult Compare(ReadOnlySpan<double> experiment, ReadOnlySpan<double> control, double trafficRatio,
        double confidenceLevel, double tolerance)
    {
        Check(experiment, nameof(experiment));
        Check(control, nameof(control));
        if (!(trafficRatio > 0) || double.IsInfinity(trafficRatio))
            throw new ArgumentOutOfRangeException(nameof(trafficRatio), trafficRatio, "trafficRatio must be a finite number > 0");
        if (!(confidenceLevel > 0 && confidenceLevel < 1))
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel), confidenceLevel, "confidenceLevel must lie strictly between 0 and 1");

        double sx = Sum(experiment), sy = Sum(control);
        double exposureX = experiment.Length * trafficRatio, exposureY = control.Length;
        var nullShare = exposureX / (exposureX + exposureY);
        var nullOdds = Math.Log(exposureX / exposureY);
        var x = CountMoments.Of(experiment);
        var y = CountMoments.Of(control);
        var dispersion = Dispersion(experiment, control, x, y, confidenceLevel);
        double ex = sx / dispersion, ey = sy / dispersion;
        var share = new BinomialShare(MidP: dispersion == 1.0);
        var (shareLower, shareUpper) = share.Interval(ex, ey, confidenceLevel);

        return new RateRatioResult(
            RateRatio: sx == 0 && sy == 0 ? double.NaN : sx / exposureX / (sy / exposureY),
            LogLower: Logit(shareLower) - nullOdds,
            LogUpper: Logit(shareUpper) - nullOdds,
            LogEstimate: Math.Log((sx + 0.5) / exposureX / ((sy + 0.5) / exposureY)),
            PValue: share.PValue(ex, ey, nullShare),
            Dispersion: dispersion,
            ControlDependence: y.Dependence,
            ExperimentDependence: x.Dependence,
            ControlTotal: sy,
            ExperimentTotal: sx,
            ConfidenceReachable: share.CanReach(ex + ey, nullShare, confidenceLevel),
            DetectableIncrease: DetectableIncrease(ex + ey, nullShare, confidenceLevel, tolerance));
    }

    // Long-run variance over mean, pooled over both sides: the variance of the totals over their Poisson variance.
    // Within the noise independent Poisson counts would give it (one-sided 20 %; a Poisson count's excess kurtosis is
    // 1/mean) the counts are taken as Poisson: 1. Above, it is an estimate, from as many degrees of freedom as the
    // effective steps and the counts' tails allow (a bursty count's variance is known far less well than a Gaussian's),
    // and is widened by Student's t for them.
    private static double Dispersion(ReadOnlySpan<double> experiment, ReadOnlySpan<double> control, CountMoments x,
        CountMoments y, double confidenceLevel)
    {
        var steps = x.Count + y.Count;
        var expected = x.Count * x.Mean + y.Count * y.Mean;
        var longRun = LongRunVariance.PooledLongRun(experiment, control);
        if (!(expected > 0) || !(longRun > 0))
            return 1.0;
        var estimate = longRun * steps / expected;
        var poissonNoise = Math.Sqrt((2 + steps / expected) / steps);
        if (estimate <= 1 + PoissonNoiseQuantile * poissonNoise)
            return 1.0;
        var (variance, excessKurtosis) = PooledMoments(experiment, x.Mean, control, y.Mean);
        var effectiveSteps = steps * Math.Min(1.0, variance / longRun);
        var degreesOfFreedom = 2 * effectiveSteps / (2 + Math.Max(0.0, excessKurtosis));
        return estimate * EstimatedVarianceWidening.Factor(degreesOfFreedom, confidenceLevel);
    }

    private const double PoissonNoiseQuantile = 0.8416212335729143;

    private static (double Variance, double ExcessKurtosis) PooledMoments(ReadOnlySpan<double> first, double firstMean,
        ReadOnlySpan<double> second, double secondMean)
    {
        double m2 = 0, m4 = 0;
        foreach (var c in first)
            Accumulate(c - firstMean);
        foreach (var c in second)
            Accumulate(c - secondMean);
        var n = first.Length + second.Length;
        m2 /= n;
        m4 /= n;
        return (m2, m2 > 0 ? m4 / (m2 * m2) - 3 : 0.0);

        void Accumulate(double d)
        {
            m2 += d * d;
            m4 += d * d * d * d;
        }
    }

    private sealed record CountMoments(int Count, double Mean, SeriesDependence Dependence)
    {
        public static CountMoments Of(ReadOnlySpan<double> counts) =>
            new(counts.Length, Sum(counts) / counts.Length, Judge.Stats.Dependence.LongRunVariance.Of(counts));
    }

    // Under equal rates the log rate ratio has variance ≈ 1/E[x] + 1/E[y] in effective events.
    private static double DetectableIncrease(double effectiveTotal, double nullShare, double confidenceLevel, double tolerance)
    {
        if (!(effectiveTotal > 0))
            return double.PositiveInfinity;
        var se = Math.Sqrt(1 / (effectiveTotal * nullShare) + 1 / (effectiveTotal * (1 - nullShare)));
        return DetectableEffect.OfLogStandardError(se, confidenceLevel, tolerance);
    }

    private static double Logit(double p) => Math.Log(p / (1 - p));

    private static double Sum(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        foreach (var v in values)
            sum += v;
        return sum;
    }

    private static void Check(ReadOnlySpan<double> counts, string name)
    {
        if (counts.IsEmpty)
            throw new ArgumentException($"{name} must hold at least one count", name);
        for (var i = 0; i < counts.Length; i++)
            if (!(counts[i] >= 0) || double.IsInfinity(counts[i]))
                throw new ArgumentException($"{name}[{i}] is {counts[i]}; a count must be a finite number ≥ 0", name);
    }
}
