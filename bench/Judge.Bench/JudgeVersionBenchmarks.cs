using BenchmarkDotNet.Attributes;
using Judge.Stats.Judging;

namespace Judge.Bench;

/// <summary>One metric judged end to end by ExactACAJudge-v1 (the baseline) and -v2 on <see cref="JudgeSpeedData"/> at
/// the sizes real canaries have, v2 on a count metric, and one Array.Sort of the same 2n values (copy included), the
/// floor the judges are measured against. Each call takes the next metric of a pool of different ones, as
/// <c>judge-speed</c> does: the same metric over and over lets the branch predictor learn the sort's comparisons.</summary>
[MemoryDiagnoser]
public class JudgeVersionBenchmarks
{
    private readonly ExactAcaJudge _v1 = new();
    private readonly ExactAcaJudgeV2 _v2 = new();
    private MetricCursor _metrics = null!;
    private double[] _sortBuffer = [];

    [Params(60, 360, 720, 1_000)]
    public int Points { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _metrics = new MetricCursor(JudgeSpeedData.Pool(Points, JudgeSpeedData.DefaultPoolSize(Points)));
        _sortBuffer = new double[2 * Points];
    }

    [Benchmark]
    public double SortPooledValues()
    {
        _metrics.Next().Pooled.CopyTo(_sortBuffer, 0);
        Array.Sort(_sortBuffer);
        return _sortBuffer[^1];
    }

    [Benchmark(Baseline = true)]
    public string V1() => _v1.Judge(_metrics.Next().Latency).Results[0].Classification;

    [Benchmark]
    public string V2() => _v2.Judge(_metrics.Next().Latency).Results[0].Classification;

    [Benchmark]
    public string V2Count() => _v2.Judge(_metrics.Next().Errors).Results[0].Classification;
}
