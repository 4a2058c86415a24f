using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
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

    /// <summary>
    /// The list as the serializer writes it under <paramref name="options"/> (the same bytes), its series written by
    /// <see cref="SeriesJson.Write"/>: a decimal's shortest text found without the general formatting's search.
    /// </summary>
    public static byte[] WriteList(IReadOnlyList<MetricSetPair?> pairs, JsonSerializerOptions options)
    {
        // Null properties are left out below, as these options leave them out.
        if (options.DefaultIgnoreCondition != JsonIgnoreCondition.WhenWritingNull)
            return JsonSerializer.SerializeToUtf8Bytes(pairs, options);
        var buffer = new ArrayBufferWriter<byte>(EstimatedLength(pairs));
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = options.Encoder, Indented = options.WriteIndented, MaxDepth = options.MaxDepth }))
        {
            writer.WriteStartArray();
            foreach (var pair in pairs)
            {
                if (pair is null)
                    writer.WriteNullValue();
                else
                    WriteObject(writer, pair, options);
            }
            writer.WriteEndArray();
        }
        return buffer.WrittenSpan.ToArray();
    }

    // Room for series of short decimals ("104.523,") and a little more, so the buffer seldom grows (each growth copies it).
    private static int EstimatedLength(IReadOnlyList<MetricSetPair?> pairs)
    {
        var values = 0L;
        foreach (var pair in pairs)
            values += (pair?.Values?.Control?.Count ?? 0) + (pair?.Values?.Experiment?.Count ?? 0);
        return (int)Math.Min(256 + 256L * pairs.Count + 9 * values, Array.MaxLength);
    }

    // An object (a pair, or its values' sides) with the properties of the serializer's own contract for its type —
    // names and order — and null ones left out: a series by SeriesJson, the sides of series the same way, the rest by
    // the serializer.
    private static void WriteObject(Utf8JsonWriter writer, object value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var property in options.GetTypeInfo(value.GetType()).Properties)
        {
            if (property.Get?.Invoke(value) is not { } propertyValue)
                continue;
            writer.WritePropertyName(property.Name);
            if (propertyValue is IReadOnlyList<double> series && property.PropertyType == typeof(IReadOnlyList<double>))
                SeriesJson.Write(writer, series);
            else if (propertyValue is MetricSetPairSides<IReadOnlyList<double>> sides)
                WriteObject(writer, sides, options);
            else
                JsonSerializer.Serialize(writer, propertyValue, property.PropertyType, options);
        }
        writer.WriteEndObject();
    }

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
