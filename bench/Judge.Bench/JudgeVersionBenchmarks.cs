using BenchmarkDotNet.Attributes;
using Judge.Stats.Judging;
using Judge.Stats.Tests.Dependence;

namespace Judge.Bench;

/// <summary>One metric judged end to end by ExactACAJudge-v1 (the baseline) and -v2, on autocorrelated log-normal
/// latency (AR(1) φ 0.7 in the log, σ 0.3) at the sizes real canaries have; and v2 on a count metric.</summary>
[MemoryDiagnoser]
public class JudgeVersionBenchmarks
{
    private readonly ExactAcaJudge _v1 = new();
    private readonly ExactAcaJudgeV2 _v2 = new();
    private CanaryJudgeInput _latency = null!;
    private CanaryJudgeInput _errors = null!;

    [Params(60, 360, 1_000)]
    public int Points { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _latency = Input(SimulatedSeries.LogNormalLatency(random, Points, 0.7, 0.3, 100),
            SimulatedSeries.LogNormalLatency(random, Points, 0.7, 0.3, 105), new MetricAnalysisConfig());
        _errors = Input(SimulatedSeries.Poisson(random, Points, 0.5), SimulatedSeries.Poisson(random, Points, 0.7),
            new MetricAnalysisConfig { Kind = MetricKind.Count });
    }

    [Benchmark(Baseline = true)]
    public string V1() => _v1.Judge(_latency).Results[0].Classification;

    [Benchmark]
    public string V2() => _v2.Judge(_latency).Results[0].Classification;

    [Benchmark]
    public string V2Count() => _v2.Judge(_errors).Results[0].Classification;

    private static CanaryJudgeInput Input(double[] control, double[] experiment, MetricAnalysisConfig config) =>
        new([new MetricPairInput("m", "m", ["g"], new Dictionary<string, string>(), control, experiment, config)],
            new Dictionary<string, double> { ["g"] = 100 }, new ScoreThresholds(95, 75));
}
