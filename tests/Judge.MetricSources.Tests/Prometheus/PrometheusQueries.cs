using Judge.MetricSources.Prometheus;

namespace Judge.MetricSources.Tests.Prometheus;

/// <summary>Builds the MetricQuery a canary execution would hand a Prometheus source.</summary>
internal static class PrometheusQueries
{
    public static readonly DateTimeOffset DefaultStart = DateTimeOffset.FromUnixTimeSeconds(1_599_658_140);

    public static MetricQuery Create(
        PrometheusQueryConfig config,
        string scope = "",
        string? location = null,
        IReadOnlyDictionary<string, string>? extendedScopeParams = null,
        IReadOnlyDictionary<string, string>? templates = null,
        DateTimeOffset? start = null,
        DateTimeOffset? end = null,
        long stepSeconds = 60,
        string metricName = "some-metric") =>
        new(metricName, config,
            new MetricScope(scope, location, start ?? DefaultStart, end ?? (start ?? DefaultStart).AddMinutes(10), stepSeconds,
                extendedScopeParams ?? new Dictionary<string, string>()),
            templates ?? new Dictionary<string, string>());
}
