using System.Text.Json.Serialization;

namespace Judge.MetricSources.Prometheus;

public sealed record PrometheusQueryConfig : MetricQueryConfig
{
    [JsonIgnore] // the "type" discriminator is written by the polymorphic base; an override does not inherit [JsonIgnore]
    public override string Type => PrometheusProvider.Type;
    public string? MetricName { get; init; }
    public IReadOnlyList<string>? LabelBindings { get; init; }
    public IReadOnlyList<string>? GroupByFields { get; init; }
    public string? ResourceType { get; init; }
}
