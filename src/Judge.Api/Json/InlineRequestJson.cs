using System.Text.Json;
using Judge.Api.Apis;
using Judge.Api.Model;

namespace Judge.Api.Json;

/// <summary>
/// Reads the body of POST /judges/judge/inline with every series straight into a <c>double[]</c>
/// (<see cref="FastSeriesReading"/>); the config, thresholds, tags, scopes and attributes are read by the serializer.
/// </summary>
public static class InlineRequestJson
{
    /// <summary>The request in <paramref name="body"/>, or null for a JSON null.</summary>
    /// <exception cref="JsonException">the body is not a request: the serializer's own exception.</exception>
    public static JudgesApi.InlineJudgeRequest? Read(ReadOnlySpan<byte> body, JsonSerializerOptions options) =>
        FastSeriesReading.Read<JudgesApi.InlineJudgeRequest>(body, options, TryRead);

    private static bool TryRead(ref BufferedJsonReader body, JsonSerializerOptions options, out JudgesApi.InlineJudgeRequest? request)
    {
        request = null;
        ref var reader = ref body.Json;
        if (reader.TokenType == JsonTokenType.Null)
            return true;
        if (reader.TokenType != JsonTokenType.StartObject)
            return false;
        CanaryConfig? config = null;
        IReadOnlyList<MetricSetPair>? pairs = null;
        ScoreThresholdsConfig? thresholds = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            if (FastSeriesReading.Is(name, "canaryConfig"))
                config = JsonSerializer.Deserialize<CanaryConfig>(ref reader, options);
            else if (FastSeriesReading.Is(name, "metricSetPairs"))
                pairs = MetricSetPairJson.ReadPairs(ref body, options);
            else if (FastSeriesReading.Is(name, "thresholds"))
                thresholds = JsonSerializer.Deserialize<ScoreThresholdsConfig>(ref reader, options);
            else
                reader.Skip();
        }
        if (reader.TokenType != JsonTokenType.EndObject)
            return false;
        request = new JudgesApi.InlineJudgeRequest { CanaryConfig = config, MetricSetPairs = pairs, Thresholds = thresholds };
        return true;
    }
}
