using System.Text.Json;
using Judge.Api.Apis;
using Judge.Api.Model;

namespace Judge.Api.Json;

/// <summary>
/// Reads the body of POST /judges/judge/inline with every series straight into a <c>double[]</c> (<see cref="SeriesJson"/>)
/// instead of a growing list of boxed-free but repeatedly copied doubles; the config, thresholds, tags, scopes and
/// attributes are read by the serializer as before. Whatever the fast reading does not accept — malformed JSON, a value
/// of the wrong kind anywhere, anything it leaves to the serializer — is read again the serializer's way on the same
/// bytes, so a bad body fails with the very exception (message and JSON path) it always did, and an unusual but valid
/// one (an escaped "NaN", say) is read as before.
/// </summary>
/// <remarks>
/// Not a <see cref="System.Text.Json.Serialization.JsonConverter"/>: the serializer reads ahead over the whole value of
/// a custom converter when it reads a stream, and reports a syntax error found there at the converter's path, not at
/// the element; and it replaces the path of an exception a converter throws with the converter's own. Reading the
/// buffered body here keeps both exactly as the serializer reports them.
/// </remarks>
public static class InlineRequestJson
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>The request in <paramref name="body"/> (UTF-8, a leading byte-order mark skipped as the serializer's
    /// stream reading does), or null for a JSON null.</summary>
    /// <exception cref="JsonException">the body is not a request: the serializer's own exception.</exception>
    public static JudgesApi.InlineJudgeRequest? Read(ReadOnlySpan<byte> body, JsonSerializerOptions options)
    {
        if (body.StartsWith(Utf8Bom))
            body = body[Utf8Bom.Length..];
        try
        {
            // The names below are matched as Judge's options match them: camelCase, case-insensitive.
            if (options.PropertyNamingPolicy != JsonNamingPolicy.CamelCase || !options.PropertyNameCaseInsensitive)
                throw new NotASeriesException();
            var reader = new Utf8JsonReader(body, new JsonReaderOptions
            {
                MaxDepth = options.MaxDepth == 0 ? 64 : options.MaxDepth,
                CommentHandling = options.ReadCommentHandling,
                AllowTrailingCommas = options.AllowTrailingCommas,
            });
            if (TryRead(ref reader, options, out var request) && !reader.Read())
                return request;
        }
        catch (Exception e) when (e is JsonException or NotASeriesException or InvalidOperationException or FormatException
            or NotSupportedException or ArgumentException)
        {
            // Fall through: the serializer reads it and reports whatever is wrong.
        }
        return JsonSerializer.Deserialize<JudgesApi.InlineJudgeRequest>(body, options);
    }

    private static bool TryRead(ref Utf8JsonReader reader, JsonSerializerOptions options, out JudgesApi.InlineJudgeRequest? request)
    {
        request = null;
        if (!reader.Read())
            return false;
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
            if (Is(name, "canaryConfig"))
                config = JsonSerializer.Deserialize<CanaryConfig>(ref reader, options);
            else if (Is(name, "metricSetPairs"))
                pairs = ReadPairs(ref reader, options);
            else if (Is(name, "thresholds"))
                thresholds = JsonSerializer.Deserialize<ScoreThresholdsConfig>(ref reader, options);
            else
                reader.Skip();
        }
        if (reader.TokenType != JsonTokenType.EndObject)
            return false;
        request = new JudgesApi.InlineJudgeRequest { CanaryConfig = config, MetricSetPairs = pairs, Thresholds = thresholds };
        return true;
    }

    private static List<MetricSetPair>? ReadPairs(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
            return null;
        if (reader.TokenType != JsonTokenType.StartArray)
            throw new NotASeriesException();
        var pairs = new List<MetricSetPair>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            pairs.Add(reader.TokenType == JsonTokenType.Null ? null! : ReadPair(ref reader, options));
        return pairs;
    }

    private static MetricSetPair ReadPair(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new NotASeriesException();
        var pair = new MetricSetPair();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            if (Is(name, "id"))
                pair = pair with { Id = JsonSerializer.Deserialize<string>(ref reader, options) };
            else if (Is(name, "name"))
                pair = pair with { Name = JsonSerializer.Deserialize<string>(ref reader, options) };
            else if (Is(name, "tags"))
                pair = pair with { Tags = JsonSerializer.Deserialize<IReadOnlyDictionary<string, string>>(ref reader, options) };
            else if (Is(name, "values"))
                pair = pair with { Values = ReadSides(ref reader) };
            else if (Is(name, "scopes"))
                pair = pair with { Scopes = JsonSerializer.Deserialize<MetricSetPairSides<MetricSetScope>>(ref reader, options) };
            else if (Is(name, "attributes"))
                pair = pair with { Attributes = JsonSerializer.Deserialize<MetricSetPairSides<IReadOnlyDictionary<string, string>>>(ref reader, options) };
            else
                reader.Skip();
        }
        return pair;
    }

    private static MetricSetPairSides<IReadOnlyList<double>>? ReadSides(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
            return null;
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new NotASeriesException();
        var sides = new MetricSetPairSides<IReadOnlyList<double>>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            if (Is(name, "control"))
                sides = sides with { Control = SeriesJson.Read(ref reader) };
            else if (Is(name, "experiment"))
                sides = sides with { Experiment = SeriesJson.Read(ref reader) };
            else
                reader.Skip();
        }
        return sides;
    }

    // A metadata-like name ("$type", "$id") is left to the serializer.
    private static bool Is(string? name, string property) =>
        name is ['$', ..] ? throw new NotASeriesException() : string.Equals(name, property, StringComparison.OrdinalIgnoreCase);
}
