using System.Text.Json;
using Judge.Api.Model;

namespace Judge.Api.Json;

/// <summary>
/// Kayenta's MetricSetPair lists read with their series straight into arrays (<see cref="FastSeriesReading"/>): a stored
/// /metricSetPairList and a posted one read as the serializer reads them, with its errors for what it refuses.
/// </summary>
public static class MetricSetPairJson
{
    /// <summary>A list of pairs, or null for a JSON null.</summary>
    /// <exception cref="JsonException">the bytes are not a list of pairs: the serializer's own exception.</exception>
    public static IReadOnlyList<MetricSetPair>? ReadList(ReadOnlySpan<byte> json, JsonSerializerOptions options) =>
        FastSeriesReading.Read<IReadOnlyList<MetricSetPair>>(json, options, TryReadList);

    private static bool TryReadList(ref BufferedJsonReader reader, JsonSerializerOptions options, out IReadOnlyList<MetricSetPair>? pairs)
    {
        pairs = ReadPairs(ref reader, options);
        return true;
    }

    /// <summary>The array of pairs at the reader's current token (null gives null), leaving the reader on its end.</summary>
    internal static List<MetricSetPair>? ReadPairs(ref BufferedJsonReader document, JsonSerializerOptions options)
    {
        ref var reader = ref document.Json;
        if (reader.TokenType == JsonTokenType.Null)
            return null;
        if (reader.TokenType != JsonTokenType.StartArray)
            throw new NotASeriesException();
        var pairs = new List<MetricSetPair>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            pairs.Add(reader.TokenType == JsonTokenType.Null ? null! : ReadPair(ref document, options));
        return pairs;
    }

    private static MetricSetPair ReadPair(ref BufferedJsonReader document, JsonSerializerOptions options)
    {
        ref var reader = ref document.Json;
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new NotASeriesException();
        var pair = new MetricSetPair();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            if (FastSeriesReading.Is(name, "id"))
                pair = pair with { Id = JsonSerializer.Deserialize<string>(ref reader, options) };
            else if (FastSeriesReading.Is(name, "name"))
                pair = pair with { Name = JsonSerializer.Deserialize<string>(ref reader, options) };
            else if (FastSeriesReading.Is(name, "tags"))
                pair = pair with { Tags = JsonSerializer.Deserialize<IReadOnlyDictionary<string, string>>(ref reader, options) };
            else if (FastSeriesReading.Is(name, "values"))
                pair = pair with { Values = ReadSides(ref document) };
            else if (FastSeriesReading.Is(name, "scopes"))
                pair = pair with { Scopes = JsonSerializer.Deserialize<MetricSetPairSides<MetricSetScope>>(ref reader, options) };
            else if (FastSeriesReading.Is(name, "attributes"))
                pair = pair with { Attributes = JsonSerializer.Deserialize<MetricSetPairSides<IReadOnlyDictionary<string, string>>>(ref reader, options) };
            else
                reader.Skip();
        }
        return pair;
    }

    private static MetricSetPairSides<IReadOnlyList<double>>? ReadSides(ref BufferedJsonReader document)
    {
        ref var reader = ref document.Json;
        if (reader.TokenType == JsonTokenType.Null)
            return null;
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new NotASeriesException();
        var sides = new MetricSetPairSides<IReadOnlyList<double>>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            if (FastSeriesReading.Is(name, "control"))
                sides = sides with { Control = SeriesJson.Read(ref document) };
            else if (FastSeriesReading.Is(name, "experiment"))
                sides = sides with { Experiment = SeriesJson.Read(ref document) };
            else
                reader.Skip();
        }
        return sides;
    }
}
