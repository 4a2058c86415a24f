using MathNet.Numerics;
using MathNet.Numerics.RootFinding;

namespace Judge.Stats.Counts;

/// <summary>
/// The canary's share of the pooled events, x of x + y, binomial given the total. Poisson counts use the mid-p: the
/// tail beyond the observed count plus half the probability of the count itself. Exact tails (Clopper–Pearson) are
/// conservative for discrete counts — a 2 % test rejects about 1 % of the time — which costs a sparse error count
/// power; mid-p tails hold the level on average. Counts divided by a dispersion above 1 are no longer on the
/// binomial's lattice, and their dispersion is an estimate: they keep the exact, conservative tails. Counts may be
/// non-integer: the tails are regularized incomplete beta functions, which continue the binomial's.
/// </summary>
internal sealed record BinomialShare(bool MidP)
{
    /// <summary>Probability of a share at least as large as x's when the share is <paramref name="p"/> (half the
    /// probability of x itself under mid-p).</summary>
    public double UpperTail(double x, double y, double p)
    {
        if (p <= 0)
            return x > 0 ? 0.0 : 0.5;
        if (p >= 1)
            return y > 0 ? 1.0 : 0.5;
        var atLeast = x > 0 ? SpecialFunctions.BetaRegularized(x, y + 1, p) : 1.0;
        var above = y > 0 ? SpecialFunctions.BetaRegularized(x + 1, y, p) : 0.0;
        return MidP ? (atLeast + above) / 2 : atLeast;
    }

    /// <summary>Two-sided p-value of the share <paramref name="nullShare"/>.</summary>
    public double PValue(double x, double y, double nullShare)
    {
        if (x + y == 0)
            return 1.0;
        return Math.Min(1.0, 2 * Math.Min(UpperTail(x, y, nullShare), LowerTail(x, y, nullShare)));
    }

    /// <summary>The two-sided interval of the share: 0 or 1 where a side saw no event.</summary>
    public (double Lower, double Upper) Interval(double x, double y, double confidenceLevel)
    {
        var alpha = 1 - confidenceLevel;
        var lower = x > 0 ? Solve(p => UpperTail(x, y, p), alpha / 2) : 0.0;
        // The upper bound is where the lower tail (at most x) falls to α/2.
        var upper = y > 0 ? Solve(p => 1 - LowerTail(x, y, p), 1 - alpha / 2) : 1.0;
        return (lower, upper);
    }

    /// <summary>Probability of a share at most as large as x's (half the probability of x itself under mid-p).</summary>
    public double LowerTail(double x, double y, double p) => UpperTail(y, x, 1 - p);

    /// <summary>Whether the most lopsided split of this many events could reach the confidence level.</summary>
    public bool CanReach(double total, double nullShare, double confidenceLevel) =>
        (MidP ? 1 : 2) * Math.Pow(Math.Max(nullShare, 1 - nullShare), total) <= 1 - confidenceLevel;

    // Both tails are monotone in p: the upper rises from 0 to 1, the lower falls from 1 to 0.
    private static double Solve(Func<double, double> rising, double target) =>
        Brent.FindRoot(p => rising(p) - target, 0, 1, 1e-12, 200);
}
