using System.Reflection;
using System.Text.Json.Serialization;
using Judge.MetricSources.Datadog;
using Judge.MetricSources.Prometheus;
using Judge.MetricSources.Stackdriver;

namespace Judge.MetricSources;

/// <summary>Kayenta's CanaryMetricSetQueryConfig: polymorphic on "type".</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(PrometheusQueryConfig), "prometheus")]
[JsonDerivedType(typeof(DatadogQueryConfig), "datadog")]
[JsonDerivedType(typeof(StackdriverQueryConfig), "stackdriver")]
public abstract record MetricQueryConfig
{
    /// <summary>The "type" values Judge reads, in declaration order (prometheus, datadog, stackdriver).</summary>
    public static IReadOnlyList<string> SupportedTypes { get; } = typeof(MetricQueryConfig)
        .GetCustomAttributes<JsonDerivedTypeAttribute>()
        .Select(a => (string)a.TypeDiscriminator!)
        .ToList();

    /// <summary>The provider type, the same as the JSON discriminator.</summary>
    [JsonIgnore]
    public abstract string Type { get; }

    /// <summary>Kayenta writes the type again as serviceType; it is ignored on input.</summary>
    public string? ServiceType { get; init; }

    public string? CustomInlineTemplate { get; init; }

    public string? CustomFilterTemplate { get; init; }
}
