namespace Judge.MetricSources.Datadog;

public sealed record DatadogQueryConfig() : MetricQueryConfig(DatadogProvider.Type)
{
    public string? MetricName { get; init; }
}
