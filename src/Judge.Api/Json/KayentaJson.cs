using System.Text.Json;
using System.Text.Json.Serialization;

namespace Judge.Api.Json;

/// <summary>
/// Kayenta's JSON conventions (Jackson as Kayenta configures it): camelCase, nulls omitted, NaN/Infinity written as the
/// strings "NaN"/"Infinity" and read back, enums as strings, the "type" discriminator of query configs anywhere in the object.
/// </summary>
public static class KayentaJson
{
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DictionaryKeyPolicy = null;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals;
        options.AllowOutOfOrderMetadataProperties = true;
        options.PropertyNameCaseInsensitive = true;
        if (!options.Converters.OfType<InstantJsonConverter>().Any())
            options.Converters.Add(new InstantJsonConverter());
        if (!options.Converters.OfType<JsonStringEnumConverter>().Any())
            options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
    }

    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Configure(options);
        return options;
    }
}
