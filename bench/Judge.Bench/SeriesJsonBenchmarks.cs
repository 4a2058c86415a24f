using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Judge.Api.Apis;
using Judge.Api.Json;
using Judge.Api.Model;
using Judge.Bench.Http;
using Judge.Stats.Judging;
using Judge.Stats.Results;

namespace Judge.Bench;

/// <summary>
/// The JSON side of POST /judges/judge/inline at 50 metrics × 720 points a side (a ~530 KB body): reading the body
/// into the request model (as the service does, and with the serializer alone as before), writing the judge's result, and the judgement between them for scale.
/// And the stored side of n = m = 100,000: writing that pair list as POST /metricSetPairList stores it, and with the
/// serializer alone as before.
/// </summary>
[MemoryDiagnoser]
public class SeriesJsonBenchmarks
{
    private InlineRequestParts _parts = null!;
    private JudgesApi.InlineJudgeRequest _request = null!;
    private CanaryJudgeInput _input = null!;
    private CanaryJudgeResult _result = null!;
    private IReadOnlyList<MetricSetPair> _largeList = null!;

    [GlobalSetup]
    public void Setup()
    {
        _parts = new InlineRequestParts(BenchRequests.Inline(50, 720));
        _request = _parts.Read();
        _input = _parts.Input(_request);
        _result = _parts.Judge(_input);
        _largeList = MetricSetPairJson.ReadList(BenchRequests.Pairs(1, 100_000), KayentaJson.Options)!;
    }

    [Benchmark]
    public int ReadRequest() => _parts.Read().MetricSetPairs!.Count;

    [Benchmark]
    public int ReadRequestWithSerializer() => _parts.ReadWithSerializer().MetricSetPairs!.Count;

    [Benchmark]
    public int WriteResult() => InlineRequestParts.Write(_result).Length;

    [Benchmark]
    public int WritePairList() => MetricSetPairJson.WriteList(_largeList, KayentaJson.Options).Length;

    [Benchmark]
    public int WritePairListWithSerializer() => JsonSerializer.SerializeToUtf8Bytes(_largeList, KayentaJson.Options).Length;

    [Benchmark(Baseline = true)]
    public string Judge() => _parts.Judge(_input).Score.Classification;
}
