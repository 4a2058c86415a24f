using Judge.Stats.Configuration;

namespace Judge.Stats.Judging;

/// <summary>ExactACAJudge-v2's statistical step: by the metric's kind, the dependence-aware rank test or the rate test.</summary>
internal sealed class MetricKindComparison : IMetricComparison
{
    private readonly DependentShiftComparison _continuous = new();
    private readonly RateComparison _count = new();

    public bool UsesRanks(MetricAnalysisConfig config) => config.Kind != MetricKind.Count;

    public MetricComparison Compare(SortedSeries control, SortedSeries experiment, MetricAnalysisConfig config, double confidenceLevel,
        double tolerance) =>
        config.Kind == MetricKind.Count
            ? _count.Compare(control, experiment, config, confidenceLevel, tolerance)
            : _continuous.Compare(control, experiment, config, confidenceLevel, tolerance);
}
