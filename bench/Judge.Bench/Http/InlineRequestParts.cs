using System.Text.Json;
using Judge.Api.Apis;
using Judge.Api.Json;
using Judge.Api.Judging;
using Judge.Api.Limits;
using Judge.Stats.Judging;
using Microsoft.Extensions.Options;

namespace Judge.Bench.Http;

/// <summary>
/// The steps of POST /judges/judge/inline run in this process on one body: read the JSON into the request model with
/// the service's options, build the judge's input, judge (ExactACAJudge-v2), write the result as JSON.
/// </summary>
internal sealed class InlineRequestParts(byte[] body)
{
    private readonly JudgeInputBuilder _builder = new(Options.Create(new JudgeLimits()));
    private readonly ExactAcaJudgeV2 _judge = new();

    public JudgesApi.InlineJudgeRequest Read() =>
        JsonSerializer.Deserialize<JudgesApi.InlineJudgeRequest>(body, JudgeJson.Options)!;

    public CanaryJudgeInput Input(JudgesApi.InlineJudgeRequest request) =>
        _builder.Build(request.CanaryConfig!, request.MetricSetPairs!,
            new ScoreThresholds(request.Thresholds!.Pass!.Value, request.Thresholds.Marginal!.Value));

    public CanaryJudgeResult Judge(CanaryJudgeInput input) => _judge.Judge(input);

    public static byte[] Write(CanaryJudgeResult result) => JsonSerializer.SerializeToUtf8Bytes(result, JudgeJson.Options);
}
