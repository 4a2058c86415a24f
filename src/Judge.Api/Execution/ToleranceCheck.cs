using Judge.Stats.Results;

namespace Judge.Api.Execution;

/// <summary>
/// A judgement's intervals held to its early-pass confidence, one per unmuted metric: what lets a sequential analysis
/// that asked for <c>earlyPass</c> stop with a pass before its lifetime.
/// </summary>
/// <param name="ConfidenceLevel">The confidence every interval here was computed at.</param>
public sealed record ToleranceCheck(double ConfidenceLevel, IReadOnlyList<MetricToleranceCheck> Metrics)
{
    /// <summary>Every metric's interval lies within its allowed change (there is at least one metric).</summary>
    public bool AllWithinTolerance => Metrics.Count > 0 && Metrics.All(m => m.WithinTolerance);

    public static ToleranceCheck Of(CanaryJudgeResult result, double confidenceLevel) =>
        new(confidenceLevel, result.Results.Where(m => !m.Muted).Select(m => new MetricToleranceCheck(
            m.Name,
            m.ResultMetadata?.Evidence?.RelativeLower,
            m.ResultMetadata?.Evidence?.RelativeUpper,
            m.ResultMetadata?.Evidence?.WithinTolerance == true)).ToList());
}

/// <param name="RelativeLower">The interval as a relative change of the baseline (−0.05 = −5 %); null where unbounded.</param>
/// <param name="WithinTolerance">The interval lies inside the metric's allowed change (±10 % where none is set).</param>
public sealed record MetricToleranceCheck(string Name, double? RelativeLower, double? RelativeUpper, bool WithinTolerance);
