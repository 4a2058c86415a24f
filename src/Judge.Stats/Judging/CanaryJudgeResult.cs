namespace Judge.Stats.Judging;

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
/// <param name="Regime">"normal" or "exact-small" (exact judge only).</param>
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
    string? Regime = null);
