using Judge.Stats.Configuration;
using Judge.Stats.Dependence;

namespace Judge.Stats.Judging;

/// <summary>
/// How much a metric's data could see: the effective sizes behind the interval and the smallest relative change it
/// would detect about 80 % of the time.
/// </summary>
/// <param name="Kind">The metric kind the comparison treated the values as.</param>
/// <param name="Control">Baseline dependence (continuous) — the inflation its time order causes.</param>
/// <param name="Experiment">Canary dependence.</param>
/// <param name="VarianceInflation">What the test statistic's variance was multiplied by.</param>
/// <param name="DetectableEffect">Relative change detected ~80 % of the time; +∞ when nothing could be.</param>
/// <param name="ConfidenceReachable">False when the dependence (or, for counts, the few events) leaves the data unable
/// to reach the confidence level: then no difference can be shown, and the metric passes with low evidence.</param>
/// <param name="RelativeLower">The interval's lower end as a relative change of the baseline (−0.05 = −5 %); NaN when
/// the baseline's location is 0, −∞ when unbounded.</param>
/// <param name="RelativeUpper">The interval's upper end, likewise.</param>
/// <param name="RateRatio">Counts: the canary's rate over the baseline's, its interval and the dispersion.</param>
internal sealed record MetricEvidence(
    MetricKind Kind,
    SeriesDependence Control,
    SeriesDependence Experiment,
    double VarianceInflation,
    double DetectableEffect,
    bool ConfidenceReachable,
    double RelativeLower,
    double RelativeUpper,
    RateRatioEvidence? RateRatio = null);

/// <param name="Ratio">Rate ratio canary/baseline per unit of traffic (+∞ when the baseline saw no event).</param>
/// <remarks>The dispersion is <see cref="MetricEvidence.VarianceInflation"/>.</remarks>
internal sealed record RateRatioEvidence(double Ratio, double Lower, double Upper, double ControlTotal, double ExperimentTotal);
