using Judge.Stats.Configuration;

namespace Judge.Stats.Judging;

/// <summary>
/// The numbers steps 7–9 of the classifier decide on, and the outcome.
/// Bounds are ∓tolerance·|estimate|; the lower one is −0.0 when the estimate is 0. <see cref="Baseline"/> is what the
/// reasons write the shift, its interval and the tolerance relative to.
/// </summary>
internal sealed record ShiftDecision(
    string Classification,
    bool Critical,
    bool ShiftAbove,
    bool ShiftBelow,
    double PValue,
    double CiLower,
    double CiUpper,
    double Estimate,
    double LowerBound,
    double UpperBound,
    Direction Direction,
    EffectSizeConfig Thresholds,
    double Effect,
    double MeanRatio,
    double ConfidenceLevel,
    BaselineLocation Baseline,
    MetricEvidence? Evidence = null);
