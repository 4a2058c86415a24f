using System.Text.Json.Serialization;

namespace Judge.MetricSources.Datadog;

public sealed record DatadogQueryConfig : MetricQueryConfig
{
    [JsonIgnore] // the "type" discriminator is written by the polymorphic base; an override does not inherit [JsonIgnore]
    public override string Type => DatadogProvider.Type;
    public string? MetricName { get; init; }
}
