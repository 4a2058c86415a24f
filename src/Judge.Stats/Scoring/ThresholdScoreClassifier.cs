using Judge.Stats.Results;

namespace Judge.Stats.Scoring;

/// <summary>Kayenta's ThresholdScoreClassifier: score ≥ pass → Pass, score ≥ marginal → Marginal, else Fail.</summary>
public static class ThresholdScoreClassifier
{
    public const string Pass = "Pass";
    public const string Marginal = "Marginal";
    public const string Fail = "Fail";

    public static CanaryJudgeScore Classify(ScoreSummary summary, ScoreThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(thresholds);
        var score = summary.Summary;
        var label = score >= thresholds.Pass ? Pass : score >= thresholds.Marginal ? Marginal : Fail;
        return new CanaryJudgeScore(score, label, summary.FailureReason ?? "");
    }
}
