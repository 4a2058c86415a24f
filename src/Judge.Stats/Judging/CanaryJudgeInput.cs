using Judge.Stats.Configuration;
using Judge.Stats.Scoring;

namespace Judge.Stats.Judging;

/// <summary>Everything a judge needs: the paired series of every metric, the group weights and the score thresholds.</summary>
public sealed record CanaryJudgeInput(
    IReadOnlyList<MetricPairInput> Metrics,
    IReadOnlyDictionary<string, double> GroupWeights,
    ScoreThresholds Thresholds);

/// <summary>One metric's control (baseline) and experiment (canary) values; NaN marks a missing point.</summary>
public sealed record MetricPairInput(
    string Id,
    string Name,
    IReadOnlyList<string> Groups,
    IReadOnlyDictionary<string, string> Tags,
    IReadOnlyList<double> Control,
    IReadOnlyList<double> Experiment,
    MetricAnalysisConfig Analysis);
