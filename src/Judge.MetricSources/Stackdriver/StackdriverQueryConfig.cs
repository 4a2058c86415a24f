using System.Text.Json.Serialization;

namespace Judge.MetricSources.Stackdriver;

public sealed record StackdriverQueryConfig : MetricQueryConfig
{
    [JsonIgnore] // the "type" discriminator is written by the polymorphic base; an override does not inherit [JsonIgnore]
    public override string Type => StackdriverProvider.Type;
    public string? MetricType { get; init; }
    public string? ResourceType { get; init; }
    public string? CrossSeriesReducer { get; init; }
    public string? PerSeriesAligner { get; init; }
    public IReadOnlyList<string>? GroupByFields { get; init; }
}
