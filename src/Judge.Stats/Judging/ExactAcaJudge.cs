using Judge.Stats.Exact;

namespace Judge.Stats.Judging;

/// <summary>
/// Judge's first exact judge: Kayenta's pipeline and rules with the exact rank-statistic interval (no root-finder
/// tolerance), the Hodges–Lehmann estimate, the exact Wilcoxon distribution for small untied samples, and no noise
/// on degenerate data. Verdicts do not depend on the data's scale or on the order of the values.
/// </summary>
public sealed class ExactAcaJudge() : PipelineJudge(JudgeName, CreateClassifier())
{
    public const string JudgeName = "ExactACAJudge-v1";

    internal static MetricClassifier CreateClassifier(
        double tolerance = JudgeConstants.Tolerance, double confidenceLevel = JudgeConstants.ConfidenceLevel) =>
        new(new ExactMannWhitney(), DegenerateDataHandling.None, tolerance, confidenceLevel);
}
