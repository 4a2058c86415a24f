using Judge.Stats.Dependence;
using Judge.Stats.Judging;
using MathNet.Numerics;
using MathNet.Numerics.Distributions;

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
        var dispersion = Dispersion(x, y);
        double ex = sx / dispersion, ey = sy / dispersion;
        var alpha = 1 - confidenceLevel;

        var shareLower = ex > 0 ? Beta.InvCDF(ex, ey + 1, alpha / 2) : 0.0;
        var shareUpper = ey > 0 ? Beta.InvCDF(ex + 1, ey, 1 - alpha / 2) : 1.0;
        var extreme = Math.Max(nullShare, 1 - nullShare);
        var reachable = 2 * Math.Pow(extreme, ex + ey) <= alpha;

        return new RateRatioResult(
            RateRatio: sx == 0 && sy == 0 ? double.NaN : sx / exposureX / (sy / exposureY),
            LogLower: Logit(shareLower) - nullOdds,
            LogUpper: Logit(shareUpper) - nullOdds,
            LogEstimate: Math.Log((sx + 0.5) / exposureX / ((sy + 0.5) / exposureY)),
            PValue: PValue(ex, ey, nullShare),
            Dispersion: dispersion,
            ControlDependence: y.Dependence,
            ExperimentDependence: x.Dependence,
            ControlTotal: sy,
            ExperimentTotal: sx,
            ConfidenceReachable: reachable,
            DetectableIncrease: DetectableIncrease(ex + ey, nullShare, confidenceLevel, tolerance));
    }

    // Pooled (long-run variance / mean) over both sides: the variance of the totals over their Poisson variance.
    private static double Dispersion(CountMoments x, CountMoments y)
    {
        var expected = x.Count * x.Mean + y.Count * y.Mean;
        if (!(expected > 0))
            return 1.0;
        return Math.Max(1.0, (x.Count * x.LongRunVariance + y.Count * y.LongRunVariance) / expected);
    }

    private sealed record CountMoments(int Count, double Mean, double LongRunVariance, SeriesDependence Dependence)
    {
        public static CountMoments Of(ReadOnlySpan<double> counts)
        {
            var mean = Sum(counts) / counts.Length;
            var variance = 0.0;
            foreach (var c in counts)
                variance += (c - mean) * (c - mean);
            // One step says nothing of the spread: take it as Poisson.
            variance = counts.Length > 1 ? variance / (counts.Length - 1) : mean;
            var dependence = Judge.Stats.Dependence.LongRunVariance.Of(counts);
            return new CountMoments(counts.Length, mean, variance * dependence.Inflation, dependence);
        }
    }

    // Exact conditional binomial test, continued to non-integer effective counts through the regularized beta.
    private static double PValue(double ex, double ey, double nullShare)
    {
        var total = ex + ey;
        if (total == 0)
            return 1.0;
        var upper = ex > 0 ? SpecialFunctions.BetaRegularized(ex, ey + 1, nullShare) : 1.0;
        var lower = ey > 0 ? 1 - SpecialFunctions.BetaRegularized(ex + 1, ey, nullShare) : 1.0;
        return Math.Min(1.0, 2 * Math.Min(upper, lower));
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
