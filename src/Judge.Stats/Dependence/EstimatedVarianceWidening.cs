using Judge.Stats.Distributions;
using MathNet.Numerics.Distributions;

namespace Judge.Stats.Dependence;

/// <summary>
/// A variance estimated from few (effective) points is itself uncertain: an interval built on it should use
/// Student's t with that many degrees of freedom, not the normal quantile. Folded into the variance, that is the
/// factor (t / z)², so a normal-theory interval keeps its shape and gains the width it needs.
/// </summary>
public static class EstimatedVarianceWidening
{
    // Below this the Cornish–Fisher series is no longer accurate to 0.2 %; a bisection on Student's CDF takes over.
    private const double SeriesFrom = 4;

    /// <param name="degreesOfFreedom">the estimate's degrees of freedom; below 1 counts as 1</param>
    /// <param name="confidenceLevel">two-sided confidence level in (0, 1)</param>
    public static double Factor(double degreesOfFreedom, double confidenceLevel)
    {
        var z = NormalQuantile.TwoSidedCritical(confidenceLevel);
        var nu = Math.Max(1.0, degreesOfFreedom);
        var t = nu >= SeriesFrom ? CornishFisher(z, nu) : UpperQuantile(nu, (1 - confidenceLevel) / 2);
        var ratio = t / z;
        return ratio * ratio;
    }

    // The t with upper tail p: bisection (MathNet's root search gives up at the tiny tails of a sequential analysis'
    // early looks). The tail falls monotonically in t, from 1/2 at 0.
    private static double UpperQuantile(double nu, double p)
    {
        double low = 0, high = 1;
        while (StudentT.CDF(0, 1, nu, -high) > p && high < 1e12)
            high *= 2;
        for (var i = 0; i < 200 && high - low > 1e-12 * high; i++)
        {
            var mid = (low + high) / 2;
            if (StudentT.CDF(0, 1, nu, -mid) > p)
                low = mid;
            else
                high = mid;
        }
        return (low + high) / 2;
    }

    // Student's quantile from the normal one, to 1/ν⁴ (Abramowitz & Stegun 26.7.5).
    private static double CornishFisher(double z, double nu)
    {
        double z2 = z * z, z3 = z2 * z, z5 = z3 * z2, z7 = z5 * z2, z9 = z7 * z2;
        var g1 = (z3 + z) / 4;
        var g2 = (5 * z5 + 16 * z3 + 3 * z) / 96;
        var g3 = (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / 384;
        var g4 = (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / 92160;
        return z + g1 / nu + g2 / (nu * nu) + g3 / (nu * nu * nu) + g4 / (nu * nu * nu * nu);
    }
}
