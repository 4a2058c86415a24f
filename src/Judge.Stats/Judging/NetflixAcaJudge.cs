using Judge.Stats.MannWhitney;
using Judge.Stats.Results;

namespace Judge.Stats.Judging;

/// <summary>
/// Kayenta's NetflixACAJudge-v1.0, reproduced: R's normal-approximation Mann-Whitney with its 1e−4 root tolerance and
/// continuity-corrected estimate, and noise on degenerate data — seeded from the data here, so it is deterministic.
/// </summary>
public sealed class NetflixAcaJudge : ICanaryJudge
{
    public const string JudgeName = "NetflixACAJudge-v1.0";

    private readonly CanaryJudgePipeline _pipeline = new(JudgeName, CreateClassifier());

    public string Name => JudgeName;

    public CanaryJudgeResult Judge(CanaryJudgeInput input) => _pipeline.Judge(input);

    internal static MetricClassifier CreateClassifier(
        double tolerance = JudgeConstants.Tolerance, double confidenceLevel = JudgeConstants.ConfidenceLevel) =>
        new(new KayentaMannWhitney(), DegenerateDataHandling.SeededNoise, tolerance, confidenceLevel);
}
