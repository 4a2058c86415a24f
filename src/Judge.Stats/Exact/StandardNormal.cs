using MathNet.Numerics;

namespace Judge.Stats.Exact;

/// <summary>Standard normal tails via erfc, each tail computed directly so p-values stay accurate far below 1e-16.</summary>
internal static class StandardNormal
{
    private static readonly double Sqrt2 = Math.Sqrt(2.0);

    public static double LowerTail(double z) => 0.5 * SpecialFunctions.Erfc(-z / Sqrt2);

    public static double UpperTail(double z) => 0.5 * SpecialFunctions.Erfc(z / Sqrt2);

    /// <summary>Two-sided p-value 2·min(Φ(z), Φ(−z)).</summary>
    public static double TwoSidedPValue(double z) => 2.0 * Math.Min(LowerTail(z), UpperTail(z));

    /// <summary>−qnorm(alpha/2) for alpha = 1 − confidenceLevel, computed in double precision as R does.</summary>
    public static double TwoSidedCriticalValue(double confidenceLevel)
    {
        var alpha = 1.0 - confidenceLevel;
        return -MathNet.Numerics.Distributions.Normal.InvCDF(0.0, 1.0, alpha / 2.0);
    }
}
