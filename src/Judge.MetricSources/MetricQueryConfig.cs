using System.Text.Json.Serialization;

namespace Judge.MetricSources;

/// <summary>
/// Kayenta's CanaryMetricSetQueryConfig: polymorphic on "type". The subtypes are those of the registered metric
/// sources (<see cref="Accounts.MetricQueryConfigTypes"/> adds them to a serializer's options).
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = TypeProperty, UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
public abstract record MetricQueryConfig
{
    public const string TypeProperty = "type";

    /// <param name="type">The provider type, the same as the JSON discriminator.</param>
    protected MetricQueryConfig(string type) => Type = type;

    /// <summary>The provider type, the same as the JSON discriminator (which the polymorphic base writes).</summary>
    [JsonIgnore]
    public string Type { get; }

    /// <summary>Kayenta writes the type again as serviceType; it is ignored on input.</summary>
    public string? ServiceType { get; init; }

    public string? CustomInlineTemplate { get; init; }

    public string? CustomFilterTemplate { get; init; }
}
