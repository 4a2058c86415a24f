using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Judge.Api.Hosting;
using Judge.MetricSources.Accounts;

namespace Judge.Api.Json;

/// <summary>
/// Kayenta's JSON conventions (Jackson as Kayenta configures it): camelCase, nulls omitted, NaN/Infinity written as the
/// strings "NaN"/"Infinity" and read back, enums as strings, the "type" discriminator of query configs anywhere in the object.
/// </summary>
public static class KayentaJson
{
    public static void Configure(JsonSerializerOptions options, MetricQueryConfigTypes queryTypes)
    {
        options.TypeInfoResolver = (options.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(queryTypes.Modify);
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

    /// <summary>The options with the built-in metric sources; the host uses <see cref="HostJson"/>, which has every registered one.</summary>
    public static readonly JsonSerializerOptions Options = Create(new MetricQueryConfigTypes(BuiltInProviders.MetricSources));

    public static JsonSerializerOptions Create(MetricQueryConfigTypes queryTypes)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Configure(options, queryTypes);
        return options;
    }
}
