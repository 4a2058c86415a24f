using Judge.MetricSources.Datadog;

namespace Judge.MetricSources.Tests.Datadog;

internal static class DatadogQueries
{
    public static readonly DateTimeOffset Start = DateTimeOffset.FromUnixTimeSeconds(1620785040);
    public static readonly DateTimeOffset End = DateTimeOffset.FromUnixTimeSeconds(1620785100);

    public static MetricQuery Query(DatadogQueryConfig config, string scope = "tag:some-tag", IReadOnlyDictionary<string, string>? extended = null,
        IReadOnlyDictionary<string, string>? templates = null) =>
        new("errors", config, new MetricScope(scope, "us-east-1", Start, End, 60, extended ?? new Dictionary<string, string>()),
            templates ?? new Dictionary<string, string>());
}
