namespace Judge.Stats.Results;

// Kayenta's CanaryJudgeResult JSON shape (camelCase property names); Judge's extra numbers sit in ResultMetadata.

public sealed record CanaryJudgeResult(
    string JudgeName,
    CanaryJudgeScore Score,
    IReadOnlyList<CanaryJudgeGroupScore> GroupScores,
    IReadOnlyList<CanaryAnalysisResult> Results);

/// <param name="Classification">"Pass", "Marginal" or "Fail".</param>
public sealed record CanaryJudgeScore(double Score, string Classification, string ClassificationReason);

/// <param name="Classification">Always "" as in Kayenta.</param>
public sealed record CanaryJudgeGroupScore(string Name, double Score, string Classification, string ClassificationReason);

/// <param name="Classification">"Pass", "High", "Low", "Nodata", "NodataFailMetric" or "Error".</param>
/// <param name="ResultMetadata">Absent (null) for Error results, as in Kayenta.</param>
public sealed record CanaryAnalysisResult(
    string Id,
    string Name,
    IReadOnlyDictionary<string, string> Tags,
    IReadOnlyList<string> Groups,
    string Classification,
    string? ClassificationReason,
    bool Critical,
    bool Muted,
    MetricSideMetadata ControlMetadata,
    MetricSideMetadata ExperimentMetadata,
    ResultMetadata? ResultMetadata);

public sealed record MetricSideMetadata(DescriptiveStats Stats);

/// <summary>Kayenta's per-side stats (min, max, mean, std with n−1, count) plus the median. All 0 for an empty side.</summary>
public sealed record DescriptiveStats(double Min, double Max, double Mean, double Std, int Count, double Median);

/// <param name="Ratio">Kayenta's field: always the mean ratio experiment/control, NaN when a mean is 0.</param>
/// <param name="EffectSize">The configured measure's value (meanRatio or cles).</param>
/// <param name="Regime">"normal", "exact-small", (count metrics) "rate-ratio" or (ExactACAJudge-v2, one side a single value
/// and the other wholly beyond it) "one-sample"; exact judges only.</param>
/// <param name="Evidence">ExactACAJudge-v2 only: what the data could see.</param>
public sealed record ResultMetadata(
    double Ratio,
    double? PValue = null,
    double? CiLower = null,
    double? CiUpper = null,
    double? Estimate = null,
    string? EffectSizeMeasure = null,
    double? EffectSize = null,
    double? LowerBound = null,
    double? UpperBound = null,
    string? Regime = null,
    MetricEvidenceMetadata? Evidence = null);

/// <summary>ExactACAJudge-v2's account of how much a metric's data could see (resultMetadata.evidence).</summary>
/// <param name="MetricKind">"continuous" or "count".</param>
/// <param name="DetectableEffect">The relative change (0.12 = 12 %) the data would flag about 80 % of the time at the
/// judge's confidence; null when no change could be flagged (the confidence is out of reach, or the baseline is 0).</param>
/// <param name="LowEvidence">The detectable effect exceeds the metric's tolerance (its allowed change, or 10 %).</param>
/// <param name="Tolerance">The relative change <paramref name="LowEvidence"/> compares with.</param>
/// <param name="ControlEffectiveSize">Baseline points ÷ the inflation its autocorrelation causes.</param>
/// <param name="VarianceInflation">Continuous: what the rank statistic's variance was multiplied by (regime one-sample:
/// the varying side's mean's). Count: the dispersion.</param>
/// <param name="ConfidenceLevel">The confidence the interval was held to: the judge's, or a look's in a sequential analysis.</param>
/// <param name="RelativeLower">The interval as a relative change of the baseline (−0.05 = −5 %); null where unbounded
/// or the baseline is 0.</param>
/// <param name="WithinTolerance">The interval lies inside the allowed change in the watched direction(s) (the allowed
/// increase/decrease, or ±10 % where none is set): the data show the canary is no worse than allowed — what an
/// early pass requires of every metric.</param>
/// <param name="RateRatio">Count: canary rate ÷ baseline rate per unit of traffic, with its interval (an unbounded end is null).</param>
public sealed record MetricEvidenceMetadata(
    string MetricKind,
    double? DetectableEffect,
    bool LowEvidence,
    double Tolerance,
    double ControlEffectiveSize,
    double ExperimentEffectiveSize,
    double ControlInflation,
    double ExperimentInflation,
    double VarianceInflation,
    double ConfidenceLevel,
    double? RelativeLower,
    double? RelativeUpper,
    bool WithinTolerance,
    double? RateRatio = null,
    double? RateRatioLower = null,
    double? RateRatioUpper = null,
    double? ControlTotal = null,
    double? ExperimentTotal = null);
