using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Judge.MetricSources.Accounts;

/// <summary>
/// The <see cref="MetricQueryConfig"/> subtypes of the registered metric sources, in registration order, each under
/// its "type" discriminator: a JSON type-info modifier in place of a fixed [JsonDerivedType] list.
/// </summary>
public sealed class MetricQueryConfigTypes
{
    private readonly IReadOnlyList<MetricSourceDescriptor> _sources;

    public MetricQueryConfigTypes(IEnumerable<MetricSourceDescriptor> sources) => _sources = sources.ToList();

    /// <summary>The "type" values read, in registration order.</summary>
    public IReadOnlyList<string> Names => _sources.Select(s => s.Type).ToList();

    /// <summary>Adds the subtypes to the polymorphism of <see cref="MetricQueryConfig"/>.</summary>
    public void Modify(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Type != typeof(MetricQueryConfig) || typeInfo.PolymorphismOptions is not { } polymorphism) return;
        foreach (var source in _sources)
            polymorphism.DerivedTypes.Add(new JsonDerivedType(source.QueryConfigType, source.Type));
    }
}
