using Judge.Stats.Dependence;
using Judge.Stats.Exact;
using Judge.Stats.MannWhitney;

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

    public MetricComparison Compare(double[] control, double[] experiment, MetricAnalysisConfig config, double confidenceLevel,
        double tolerance)
    {
        var controlDependence = LongRunVariance.OfRanks(control);
        var experimentDependence = LongRunVariance.OfRanks(experiment);
        var inflation = (control.Length * experimentDependence.Inflation + experiment.Length * controlDependence.Inflation)
            / (control.Length + experiment.Length);

        ExactMannWhitneyResult result;
        try
        {
            result = Test.Analyze(experiment, control, confidenceLevel, inflation);
            if (!result.ConfidenceReachable && (inflation == 1.0 || !Test.Analyze(experiment, control, confidenceLevel).ConfidenceReachable))
                return new MetricComparison(null, control, experiment,
                    TooFewPoints: ClassificationReasons.TooFewPoints(control.Length, experiment.Length, confidenceLevel));
        }
        catch (Exception ex) when (ex is ArgumentException or ArithmeticException)
        {
            return new MetricComparison(null, control, experiment, Failed: true);
        }

        var detectable = result.ConfidenceReachable
            ? DetectableEffect.OfInterval(result.CiLower, result.CiUpper, BaselineLocation.Of(control).Value, confidenceLevel, tolerance)
            : double.PositiveInfinity;
        var evidence = new MetricEvidence(MetricKind.Continuous, controlDependence, experimentDependence, inflation, detectable,
            result.ConfidenceReachable);
        return new MetricComparison(result.ToLocationShiftResult(), control, experiment, evidence);
    }
}
