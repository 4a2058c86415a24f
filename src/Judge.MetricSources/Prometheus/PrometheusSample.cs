using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Judge.MetricSources.Prometheus;

/// <summary>One sample: Prometheus writes it as <c>[unixSeconds, "value"]</c>, the value a string so that
/// "NaN", "+Inf" and "-Inf" survive JSON.</summary>
[JsonConverter(typeof(PrometheusSampleJsonConverter))]
public readonly record struct PrometheusSample(double UnixSeconds, double Value);

internal sealed class PrometheusSampleJsonConverter : JsonConverter<PrometheusSample>
{
    public override PrometheusSample Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
            throw new JsonException("a sample must be a [timestamp, \"value\"] array");
        reader.Read();
        if (reader.TokenType != JsonTokenType.Number)
            throw new JsonException("a sample's timestamp must be a number");
        var timestamp = reader.GetDouble();
        reader.Read();
        if (reader.TokenType != JsonTokenType.String)
            throw new JsonException("a sample's value must be a string");
        var text = reader.GetString()!;
        var value = ParseValue(text) ?? throw new JsonException($"a sample's value '{Shorten(text)}' is not a number");
        reader.Read();
        if (reader.TokenType != JsonTokenType.EndArray)
            throw new JsonException("a sample must hold exactly two elements");
        return new PrometheusSample(timestamp, value);
    }

    public override void Write(Utf8JsonWriter writer, PrometheusSample value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(value.UnixSeconds);
        writer.WriteStringValue(FormatValue(value.Value));
        writer.WriteEndArray();
    }

    internal static double? ParseValue(string text) => text switch
    {
        "NaN" => double.NaN,
        "+Inf" or "Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        _ => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : null,
    };

    private static string FormatValue(double value) => value switch
    {
        double.PositiveInfinity => "+Inf",
        double.NegativeInfinity => "-Inf",
        _ when double.IsNaN(value) => "NaN",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    private static string Shorten(string text) => text.Length <= 32 ? text : text[..32] + "…";
}
