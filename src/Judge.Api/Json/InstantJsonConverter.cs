using System.Text.Json;
using System.Text.Json.Serialization;
using Judge.MetricSources;

namespace Judge.Api.Json;

/// <summary>
/// Instants in requests are read in any ISO-8601 form and written back as Kayenta writes them, in UTC with "Z"
/// ("2020-07-27T19:17:36Z"), not as "+00:00".
/// </summary>
public sealed class InstantJsonConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(IsoInstant.Format(value));
}
