using Judge.Stats.Configuration;
using Judge.Stats.Dependence;
using Judge.Stats.Descriptive;
using Judge.Stats.Distributions;
using Judge.Stats.LocationShift;
using Judge.Stats.Power;

namespace Judge.Stats.Judging;

/// <summary>
/// ExactACAJudge-v2's comparison when one side holds a single value c and every value of the other lies beyond it
/// (all above or all below): a one-sample question on the varying side — is its mean beyond c? The mean's variance is
/// the varying side's own long-run variance (its values' dependence); the constant side adds none.
/// </summary>
/// <remarks>
/// The rank test cannot answer here: with every difference of one sign its statistic is at its bound whatever the
/// distance, while the varying side's drift still inflates its variance, so a slowly drifting canary far above a
/// constant baseline never reached the confidence level. The distance is what is left to judge. Where the varying side
/// touches or crosses c the ranks still carry information and the rank test stays.
/// <para>Student's t takes the degrees of freedom the rank comparison gives these sides (both sides' effective points
/// less two means and the autoregression, a constant side's points counted as independent): the same widening v2
/// applies to a baseline with the slightest independent noise, so exact constancy is never judged more harshly.</para>
/// </remarks>
internal static class ConstantSideComparison
{
    public const string Regime = "one-sample";

    /// <summary>Whether one side is a single value and the other (with at least two values) lies wholly beyond it.</summary>
    public static bool Applies(SortedSeries control, SortedSeries experiment) =>
        (IsConstant(control) && Beyond(experiment, control.Sorted[0]))
        || (IsConstant(experiment) && Beyond(control, experiment.Sorted[0]));

    /// <summary>Whether every value of a non-empty series is one value.</summary>
    public static bool IsConstant(SortedSeries series) => series.Sorted[0] == series.Sorted[^1];

    /// <summary>The shift experiment − control as the varying side's mean against the constant; call when <see cref="Applies"/>.</summary>
    public static MetricComparison Compare(SortedSeries control, SortedSeries experiment, double confidenceLevel, double tolerance)
    {
        var experimentVaries = IsConstant(control);
        var (varying, constantSide) = experimentVaries ? (experiment, control) : (control, experiment);
        var dependence = LongRunVariance.Of(varying.Values);
        var independent = SeriesDependence.Independent(constantSide.Length);
        var inflation = dependence.Inflation
            * EstimatedVarianceWidening.Factor(dependence.EffectiveSize + independent.EffectiveSize - 3, confidenceLevel);
        var mean = varying.Mean;
        var standardError = Math.Sqrt(SampleMoments.SampleVariance(varying.Values, mean) * inflation / varying.Length);
        var constant = constantSide.Sorted[0];
        var shift = experimentVaries ? mean - constant : constant - mean;
        var halfWidth = NormalQuantile.TwoSidedCritical(confidenceLevel) * standardError;
        var (lower, upper) = (shift - halfWidth, shift + halfWidth);
        var z = shift / standardError;

        var location = BaselineLocation.Of(control);
        var evidence = new MetricEvidence(MetricKind.Continuous,
            experimentVaries ? independent : dependence, experimentVaries ? dependence : independent, inflation,
            DetectableEffect.OfInterval(lower, upper, location.Value, confidenceLevel, tolerance), ConfidenceReachable: true,
            location.Relative(lower), location.Relative(upper));
        return new MetricComparison(new LocationShiftResult(NormalTail.TwoSided(z), z, lower, upper, shift, Regime),
            control, experiment, evidence);
    }

    private static bool Beyond(SortedSeries series, double constant) =>
        !IsConstant(series) && (series.Sorted[0] > constant || series.Sorted[^1] < constant);
}
