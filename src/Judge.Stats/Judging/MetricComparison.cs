using Judge.Stats.Configuration;
using Judge.Stats.LocationShift;

namespace Judge.Stats.Judging;

/// <summary>
/// What the statistical step found for one metric: a shift to decide on, or why there is none.
/// </summary>
/// <param name="Shift">The interval and estimate the tolerance band is applied to; null when <paramref name="Failed"/>
/// or <paramref name="TooFewPoints"/>.</param>
/// <param name="Control">The baseline values the effect size is computed on (jittered in Kayenta mode).</param>
/// <param name="Experiment">The canary values the effect size is computed on.</param>
/// <param name="Evidence">How much the data could see (v2 only).</param>
/// <param name="TooFewPoints">Set when the sample sizes cannot reach the confidence level at all: the reason.</param>
/// <param name="Failed">The test could not run on these values.</param>
internal sealed record MetricComparison(
    LocationShiftResult? Shift,
    SortedSeries Control,
    SortedSeries Experiment,
    MetricEvidence? Evidence = null,
    string? TooFewPoints = null,
    bool Failed = false);

/// <summary>The statistical step of a metric's classification, after preprocessing and the short cuts.</summary>
internal interface IMetricComparison
{
    MetricComparison Compare(SortedSeries control, SortedSeries experiment, MetricAnalysisConfig config, double confidenceLevel,
        double tolerance);

    /// <summary>Whether <see cref="Compare"/> reads the series' ranks (then one sort a side yields ranks and order).</summary>
    bool UsesRanks(MetricAnalysisConfig config) => false;
}
