using Judge.Stats.Configuration;
using Judge.Stats.Judging;
using Judge.Stats.Scoring;
using Judge.Stats.Tests.Dependence;

namespace Judge.Bench;

/// <summary>
/// One metric as the judge-speed command and the judge benchmarks see it: autocorrelated log-normal latency (AR(1)
/// φ 0.7 in the log, σ 0.3, canary +5 %) and a Poisson count metric, seed 42.
/// </summary>
internal sealed record JudgeSpeedData(CanaryJudgeInput Latency, CanaryJudgeInput Errors, double[] Pooled)
{
    public static JudgeSpeedData Create(int points) => Create(points, new Random(42));

    private const int PoolValues = 131_072;

    /// <summary>Metrics enough for 131,072 values (1 MB), at least 4.</summary>
    public static int DefaultPoolSize(int points) => Math.Max(4, PoolValues / (2 * points));

    /// <summary><paramref name="count"/> different metrics drawn one after another from seed 42 (the first is
    /// <see cref="Create(int)"/>'s).</summary>
    public static JudgeSpeedData[] Pool(int points, int count)
    {
        var random = new Random(42);
        return [.. Enumerable.Range(0, count).Select(_ => Create(points, random))];
    }

    private static JudgeSpeedData Create(int points, Random random)
    {
        var control = SimulatedSeries.LogNormalLatency(random, points, 0.7, 0.3, 100);
        var experiment = SimulatedSeries.LogNormalLatency(random, points, 0.7, 0.3, 105);
        var errors = Input(SimulatedSeries.Poisson(random, points, 0.5), SimulatedSeries.Poisson(random, points, 0.7),
            new MetricAnalysisConfig { Kind = MetricKind.Count });
        return new JudgeSpeedData(Input(control, experiment, new MetricAnalysisConfig()), errors, [.. experiment, .. control]);
    }

    private static CanaryJudgeInput Input(double[] control, double[] experiment, MetricAnalysisConfig config) =>
        new([new MetricPairInput("m", "m", ["g"], new Dictionary<string, string>(), control, experiment, config)],
            new Dictionary<string, double> { ["g"] = 100 }, new ScoreThresholds(95, 75));
}
