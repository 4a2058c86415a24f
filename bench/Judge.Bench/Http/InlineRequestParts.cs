using System.Text.Json;
using Judge.Api.Apis;
using Judge.Api.Json;
using Judge.Api.Judging;
using Judge.Api.Limits;
using Judge.Stats.Judging;
using Judge.Stats.Results;
using Judge.Stats.Scoring;
using Microsoft.Extensions.Options;

namespace Judge.Bench.Http;

/// <summary>
/// The steps of POST /judges/judge/inline run in this process on one body: read the JSON into the request model with
/// the service's options (as the service does, and as the serializer alone did before), build the judge's input, judge (ExactACAJudge-v2), write the result as JSON.
/// </summary>
internal sealed class InlineRequestParts(byte[] body)
{
    private readonly JudgeInputBuilder _builder = new(Options.Create(new RequestLimits()));
    private readonly ExactAcaJudgeV2 _judge = new();

    /// <summary>As the service reads the body: <see cref="InlineRequestJson"/>, series straight into arrays.</summary>
    public JudgesApi.InlineJudgeRequest Read() => InlineRequestJson.Read(body, KayentaJson.Options)!;

    /// <summary>As the service read the body before: the serializer's own reading of the stream.</summary>
    public JudgesApi.InlineJudgeRequest ReadWithSerializer() =>
        JsonSerializer.DeserializeAsync<JudgesApi.InlineJudgeRequest>(new MemoryStream(body), KayentaJson.Options).AsTask().GetAwaiter().GetResult()!;

    public CanaryJudgeInput Input(JudgesApi.InlineJudgeRequest request) =>
        _builder.Build(request.CanaryConfig!, request.MetricSetPairs!,
            new ScoreThresholds(request.Thresholds!.Pass!.Value, request.Thresholds.Marginal!.Value));

    public CanaryJudgeResult Judge(CanaryJudgeInput input) => _judge.Judge(input);

    public static byte[] Write(CanaryJudgeResult result) => JsonSerializer.SerializeToUtf8Bytes(result, KayentaJson.Options);
}
