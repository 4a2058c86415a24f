using Judge.Stats.Exact;
using Judge.Stats.Results;

namespace Judge.Stats.Judging;

/// <summary>
/// Judge's default judge: Kayenta's pipeline and rules with the exact rank-statistic interval (no root-finder
/// tolerance), the Hodges–Lehmann estimate, the exact Wilcoxon distribution for small untied samples, and no noise
/// on degenerate data. Verdicts do not depend on the data's scale or on the order of the values.
/// </summary>
public sealed class ExactAcaJudge : ICanaryJudge
{
    public const string JudgeName = "ExactACAJudge-v1";

    private readonly CanaryJudgePipeline _pipeline = new(JudgeName, CreateClassifier());

    public string Name => JudgeName;

    public CanaryJudgeResult Judge(CanaryJudgeInput input) => _pipeline.Judge(input);

    internal static MetricClassifier CreateClassifier(
        double tolerance = JudgeConstants.Tolerance, double confidenceLevel = JudgeConstants.ConfidenceLevel) =>
        new(new ExactMannWhitney(), DegenerateDataHandling.None, tolerance, confidenceLevel);
}
