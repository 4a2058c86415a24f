using Judge.Stats.Configuration;
using Judge.Stats.Dependence;
using Judge.Stats.Exact;
using Judge.Stats.Power;

namespace Judge.Stats.Judging;

/// <summary>
/// ExactACAJudge-v2's comparison of continuous metrics: exact mode's interval with the rank statistic's variance
/// inflated by the dependence each side's time order shows. By Hoeffding's projection the rank sum's variance is
/// nx·ny/12·(ny·τx + nx·τy) where τ is the inflation of a side's rank (placement) series, so independent sides
/// (τ = 1) give back the usual nx·ny·(nx + ny)/12.
/// </summary>
internal sealed class DependentShiftComparison : IMetricComparison
{
    private static readonly ExactMannWhitney Test = new();

    public MetricComparison Compare(SortedSeries control, SortedSeries experiment, MetricAnalysisConfig config, double confidenceLevel,
        double tolerance)
    {
        if (ConstantSideComparison.Applies(control, experiment))
            return AgainstConstant(control, experiment, confidenceLevel, tolerance);
        var (controlDependence, experimentDependence) = Dependence(control, experiment);
        var inflation = (control.Length * experimentDependence.Inflation + experiment.Length * controlDependence.Inflation)
            / (control.Length + experiment.Length);
        if (inflation > 1)
            // Estimated from few effective points when the dependence is strong: Student's t, not the normal quantile,
            // with the degrees of freedom of two means and the autoregression fitted.
            inflation *= EstimatedVarianceWidening.Factor(
                controlDependence.EffectiveSize + experimentDependence.EffectiveSize - 3, confidenceLevel);

        ExactMannWhitneyResult result;
        try
        {
            result = Test.AnalyzeSorted(experiment.Sorted, control.Sorted, confidenceLevel, inflation);
            // Nodata only where the sample sizes could not reach the judge's usual confidence: an early look of a
            // sequential analysis, held to far more, passes with low evidence instead (its data are not missing).
            var nodataLevel = Math.Min(confidenceLevel, JudgeConstants.ConfidenceLevel);
            if (!result.ConfidenceReachable
                && ((inflation == 1.0 && nodataLevel == confidenceLevel) || !Test.AnalyzeSorted(experiment.Sorted, control.Sorted, nodataLevel, 1.0).ConfidenceReachable))
                return new MetricComparison(null, control, experiment,
                    TooFewPoints: ClassificationReasons.TooFewPoints(control.Length, experiment.Length, nodataLevel));
        }
        catch (Exception ex) when (ex is ArgumentException or ArithmeticException)
        {
            return new MetricComparison(null, control, experiment, Failed: true);
        }

        var location = BaselineLocation.Of(control);
        var detectable = result.ConfidenceReachable
            ? DetectableEffect.OfInterval(result.CiLower, result.CiUpper, location.Value, confidenceLevel, tolerance)
            : double.PositiveInfinity;
        var evidence = new MetricEvidence(MetricKind.Continuous, controlDependence, experimentDependence, inflation, detectable,
            result.ConfidenceReachable, location.Relative(result.CiLower), location.Relative(result.CiUpper));
        return new MetricComparison(result.ToLocationShiftResult(), control, experiment, evidence);
    }

    // Nodata as the rank test decides it for these sizes (independent points); past that, the one-sample interval.
    private static MetricComparison AgainstConstant(SortedSeries control, SortedSeries experiment, double confidenceLevel,
        double tolerance)
    {
        var nodataLevel = Math.Min(confidenceLevel, JudgeConstants.ConfidenceLevel);
        try
        {
            if (!Test.AnalyzeSorted(experiment.Sorted, control.Sorted, nodataLevel, 1.0).ConfidenceReachable)
                return new MetricComparison(null, control, experiment,
                    TooFewPoints: ClassificationReasons.TooFewPoints(control.Length, experiment.Length, nodataLevel));
        }
        catch (Exception ex) when (ex is ArgumentException or ArithmeticException)
        {
            return new MetricComparison(null, control, experiment, Failed: true);
        }
        return ConstantSideComparison.Compare(control, experiment, confidenceLevel, tolerance);
    }

    // Each side's own dependence; pooled over both sides (half the noise) when their autoregressions agree within
    // sampling error (|Δφ| under 2.576 standard errors), as a baseline's and a canary's of one service mostly do.
    // Never with a side of one value: its φ = 0 is the placeholder of independence, not an estimate to agree with, and
    // the pooled figure (all from the other side's ranks) would hand the constant side the other side's drift.
    private static (SeriesDependence Control, SeriesDependence Experiment) Dependence(SortedSeries control, SortedSeries experiment)
    {
        var (controlRanks, experimentRanks) = (control.Ranks, experiment.Ranks);
        var own = (Control: LongRunVariance.Of(controlRanks), Experiment: LongRunVariance.Of(experimentRanks));
        if (control.Length < LongRunVariance.MinCount || experiment.Length < LongRunVariance.MinCount
            || ConstantSideComparison.IsConstant(control) || ConstantSideComparison.IsConstant(experiment))
            return own;
        var phiX = own.Control.Autoregression;
        var phiY = own.Experiment.Autoregression;
        var standardError = Math.Sqrt(Math.Max(1 - phiX * phiX, 0.05) / control.Length + Math.Max(1 - phiY * phiY, 0.05) / experiment.Length);
        if (Math.Abs(phiX - phiY) > AgreementQuantile * standardError)
            return own;
        var pooled = LongRunVariance.OfRankSeriesPooled(controlRanks, experimentRanks);
        return (Shared(control.Length, pooled), Shared(experiment.Length, pooled));
    }

    private const double AgreementQuantile = 2.5758293035489004;

    private static SeriesDependence Shared(int count, SeriesDependence pooled) =>
        new(count, pooled.Inflation, pooled.Autoregression);
}
