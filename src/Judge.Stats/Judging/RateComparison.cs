using Judge.Stats.Configuration;
using Judge.Stats.Counts;
using Judge.Stats.LocationShift;

namespace Judge.Stats.Judging;

/// <summary>
/// ExactACAJudge-v2's comparison of count metrics: the rate ratio on the totals (<see cref="RateRatioTest"/>), decided
/// on the log scale — the shift is log(rate ratio). The interval need only exclude a ratio of 1 (no band around the
/// estimate); the effect-size thresholds apply to the rate ratio.
/// </summary>
internal sealed class RateComparison : IMetricComparison
{
    /// <summary>Fewer steps than this on a side leave the dispersion unknown.</summary>
    public const int MinSteps = 2;

    public const string Regime = "rate-ratio";

    public MetricComparison Compare(double[] control, double[] experiment, MetricAnalysisConfig config, double confidenceLevel,
        double tolerance) =>
        Compare(SortedSeries.Of(control), SortedSeries.Of(experiment), config, confidenceLevel, tolerance);

    public MetricComparison Compare(SortedSeries controlSeries, SortedSeries experimentSeries, MetricAnalysisConfig config,
        double confidenceLevel, double tolerance)
    {
        double[] control = controlSeries.Values, experiment = experimentSeries.Values;
        if (control.Length < MinSteps || experiment.Length < MinSteps)
            return new MetricComparison(null, controlSeries, experimentSeries,
                TooFewPoints: ClassificationReasons.TooFewSteps(control.Length, experiment.Length, MinSteps));
        RateRatioResult rates;
        try
        {
            rates = RateRatioTest.Compare(experiment, control, config.TrafficRatio, confidenceLevel, tolerance: 0);
        }
        catch (Exception ex) when (ex is ArgumentException or ArithmeticException)
        {
            return new MetricComparison(null, controlSeries, experimentSeries, Failed: true);
        }

        var shift = new LocationShiftResult(rates.PValue, rates.ExperimentTotal, rates.LogLower, rates.LogUpper,
            rates.LogEstimate, Regime);
        var evidence = new MetricEvidence(MetricKind.Count, rates.ControlDependence, rates.ExperimentDependence,
            rates.Dispersion, rates.DetectableIncrease, rates.ConfidenceReachable,
            Math.Exp(rates.LogLower) - 1, Math.Exp(rates.LogUpper) - 1,
            new RateRatioEvidence(rates.RateRatio, Math.Exp(rates.LogLower), Math.Exp(rates.LogUpper), rates.ControlTotal,
                rates.ExperimentTotal));
        return new MetricComparison(shift, controlSeries, experimentSeries, evidence);
    }
}
