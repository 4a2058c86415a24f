using Judge.Stats.Configuration;
using Judge.Stats.Judging;
using Judge.Stats.Results;
using Judge.Stats.Scoring;

namespace Judge.Bench.Simulation;

/// <summary>One metric judged alone (one group, pass 95 / marginal 75), as the sequential simulations judge each look.</summary>
internal static class OneMetric
{
    public static CanaryAnalysisResult Judge(ICanaryJudge judge, double[] control, double[] experiment, MetricAnalysisConfig config) =>
        judge.Judge(new CanaryJudgeInput(
            [new MetricPairInput("m", "m", ["g"], new Dictionary<string, string>(), control, experiment, config)],
            new Dictionary<string, double> { ["g"] = 100 }, new ScoreThresholds(95, 75))).Results[0];
}
