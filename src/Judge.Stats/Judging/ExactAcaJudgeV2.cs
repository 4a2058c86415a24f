namespace Judge.Stats.Judging;

/// <summary>
/// Judge's default judge: ExactACAJudge-v1's rules (tolerance band, effect-size gates, critical, scoring) with an
/// interval that is honest about the data — widened by the autocorrelation each series shows, count metrics compared
/// as rates on their totals, Nodata where the sample sizes cannot reach the confidence level, and the smallest
/// detectable change reported with every metric.
/// </summary>
public sealed class ExactAcaJudgeV2 : PipelineJudge, ISequentialJudge
{
    public const string JudgeName = "ExactACAJudge-v2";

    public ExactAcaJudgeV2() : this(JudgeConstants.ConfidenceLevel)
    {
    }

    private ExactAcaJudgeV2(double confidenceLevel) : base(JudgeName, CreateClassifier(confidenceLevel: confidenceLevel))
    {
    }

    public ICanaryJudge AtConfidence(double confidenceLevel) => new ExactAcaJudgeV2(confidenceLevel);

    internal static MetricClassifier CreateClassifier(
        double tolerance = JudgeConstants.Tolerance, double confidenceLevel = JudgeConstants.ConfidenceLevel) =>
        new(new MetricKindComparison(), tolerance, confidenceLevel);
}
