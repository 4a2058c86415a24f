namespace Judge.MetricSources.Prometheus;

public sealed record PrometheusQueryConfig() : MetricQueryConfig(PrometheusProvider.Type)
{
    public string? MetricName { get; init; }
    public IReadOnlyList<string>? LabelBindings { get; init; }
    public IReadOnlyList<string>? GroupByFields { get; init; }
    public string? ResourceType { get; init; }
}
