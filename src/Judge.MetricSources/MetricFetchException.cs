namespace Judge.MetricSources;

/// <summary>A provider failed (after retries) or answered with something unreadable. The message never holds a secret.</summary>
public sealed class MetricFetchException(string metricName, string accountName, string message, Exception? inner = null)
    : Exception($"Fetching metric '{metricName}' from account '{accountName}' failed: {message}", inner)
{
    public string MetricName { get; } = metricName;
    public string AccountName { get; } = accountName;
}
