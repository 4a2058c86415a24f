using Judge.Stats.MannWhitney;
using MathNet.Numerics.Distributions;

namespace Judge.Stats.Dependence;

/// <summary>
/// A variance estimated from few (effective) points is itself uncertain: an interval built on it should use
/// Student's t with that many degrees of freedom, not the normal quantile. Folded into the variance, that is the
/// factor (t / z)², so a normal-theory interval keeps its shape and gains the width it needs.
/// </summary>
public static class EstimatedVarianceWidening
{
    /// <param name="degreesOfFreedom">the estimate's degrees of freedom; below 1 counts as 1</param>
    /// <param name="confidenceLevel">two-sided confidence level in (0, 1)</param>
    public static double Factor(double degreesOfFreedom, double confidenceLevel)
    {
        var t = StudentT.InvCDF(0, 1, Math.Max(1.0, degreesOfFreedom), 1 - (1 - confidenceLevel) / 2);
        var ratio = t / NormalQuantile.TwoSidedCritical(confidenceLevel);
        return ratio * ratio;
    }
}
