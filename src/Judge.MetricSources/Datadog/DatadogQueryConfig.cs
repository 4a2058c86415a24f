namespace Judge.MetricSources.Datadog;

public sealed record DatadogQueryConfig : MetricQueryConfig
{
    public override string Type => "datadog";
    public string? MetricName { get; init; }
}
