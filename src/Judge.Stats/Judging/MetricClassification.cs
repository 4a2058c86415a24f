using Judge.Stats.Results;

namespace Judge.Stats.Judging;

/// <summary>One metric's verdict plus the preprocessed series the per-side stats are computed from.</summary>
/// <param name="Path">Which step decided: nodata, nodata-replace, identical, single-value, mann-whitney or error.</param>
/// <param name="Metadata">Null for Error results (as in Kayenta).</param>
internal sealed record MetricClassification(
    string Classification,
    string Reason,
    bool Critical,
    ResultMetadata? Metadata,
    SortedSeries Control,
    SortedSeries Experiment,
    string Path);
