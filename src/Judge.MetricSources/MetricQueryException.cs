namespace Judge.MetricSources;

/// <summary>The query config is unusable (missing field, unknown template, undefined variable): a client error.</summary>
public sealed class MetricQueryException(string metricName, string field, string message)
    : Exception($"Metric '{metricName}': {message}")
{
    public string MetricName { get; } = metricName;

    /// <summary>The query config field at fault, e.g. "customFilterTemplate".</summary>
    public string Field { get; } = field;
}
