using Judge.Stats.MannWhitney;

namespace Judge.Stats.Judging;

/// <summary>
/// Kayenta's NetflixACAJudge-v1.0, reproduced: R's normal-approximation Mann-Whitney with its 1e−4 root tolerance and
/// continuity-corrected estimate, and noise on degenerate data — seeded from the data here, so it is deterministic.
/// </summary>
public sealed class NetflixAcaJudge() : PipelineJudge(JudgeName, CreateClassifier())
{
    public const string JudgeName = "NetflixACAJudge-v1.0";

    internal static MetricClassifier CreateClassifier(
        double tolerance = JudgeConstants.Tolerance, double confidenceLevel = JudgeConstants.ConfidenceLevel) =>
        new(new KayentaMannWhitney(), DegenerateDataHandling.SeededNoise, tolerance, confidenceLevel);
}
