using BenchmarkDotNet.Attributes;
using Judge.Stats.Exact;

namespace Judge.Bench;

/// <summary>Exact mode at n = m against one Array.Sort of the same 2n values (the O(n log n) floor it is measured by).</summary>
[MemoryDiagnoser]
public class ExactMannWhitneyBenchmarks
{
    private readonly ExactMannWhitney _test = new();
    private double[] _experiment = [];
    private double[] _control = [];
    private double[] _pooled = [];
    private double[] _sortBuffer = [];

    [Params(1_000, 10_000, 100_000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (_experiment, _control) = BenchmarkData.LogNormal(Size, seed: 42);
        _pooled = [.. _experiment, .. _control];
        _sortBuffer = new double[_pooled.Length];
    }

    [Benchmark(Baseline = true)]
    public double SortPooledValues()
    {
        _pooled.CopyTo(_sortBuffer, 0);
        Array.Sort(_sortBuffer);
        return _sortBuffer[^1];
    }

    [Benchmark]
    public double ExactCompare() => _test.Compare(_experiment, _control, 0.98).Estimate;
}
