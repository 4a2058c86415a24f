using System.Globalization;
using System.Text;

namespace Judge.MetricSources.Tests.Prometheus.Fixtures;

/// <summary>
/// The deterministic metric history the test Prometheus is backfilled with: one sample a minute for minutes
/// 0..<see cref="LastMinute"/> after <see cref="Anchor"/> (a fixed instant in the past on a 2-hour block boundary),
/// written as OpenMetrics for promtool. Tests derive every expected value from the same formulas.
/// </summary>
public static class PrometheusHistory
{
    /// <summary>2024-01-01T00:00:00Z: minute-aligned and on a 2 h TSDB block boundary, so the history fills one block.</summary>
    public static readonly DateTimeOffset Anchor = DateTimeOffset.FromUnixTimeSeconds(1_704_067_200);

    public const int LastMinute = 90;

    /// <summary>Minutes where queue_depth has no sample.</summary>
    public static readonly IReadOnlySet<int> QueueDepthGaps = new HashSet<int> { 20, 21, 22, 23, 24, 40 };

    public const string WeirdVersion = "we\"ird\\name";

    public static DateTimeOffset AtMinute(int minute) => Anchor.AddMinutes(minute);

    // --- the formulas, minute m → value ---
    public static double BaselineRequests(int m) => 60 * m;   // rate 1/s
    public static double CanaryRequests(int m) => 120 * m;    // rate 2/s
    public static double Memory(string version, string location, int m) => (version, location) switch
    {
        ("baseline", "us-east1") => m,
        ("baseline", "us-west1") => 100 + m,
        ("canary", "us-east1") => 2 * m,
        ("canary", "us-west1") => 200 + 2 * m,
        _ => throw new ArgumentException($"no memory_used series {version}/{location}"),
    };
    public const double WeirdMemory = 7;
    public static double? QueueDepth(int m) => QueueDepthGaps.Contains(m) ? null : 1.5 * m;
    public static double Special(int m) => m switch { 31 => double.NaN, 32 => double.PositiveInfinity, 33 => double.NegativeInfinity, _ => m };

    /// <summary>Per-minute increments of the cumulative buckets le=0.1, 0.5, 1, +Inf.</summary>
    public static readonly IReadOnlyDictionary<string, int[]> LatencyBucketsPerMinute = new Dictionary<string, int[]>
    {
        ["baseline"] = [30, 60, 90, 120],  // median 0.5
        ["canary"] = [12, 48, 108, 120],   // median 0.6
    };
    private static readonly string[] BucketBounds = ["0.1", "0.5", "1", "+Inf"];

    public static string OpenMetrics()
    {
        var om = new StringBuilder();

        om.AppendLine("# HELP http_requests Requests served.").AppendLine("# TYPE http_requests counter");
        Series(om, "http_requests_total", "version=\"baseline\"", m => BaselineRequests(m));
        Series(om, "http_requests_total", "version=\"canary\"", m => CanaryRequests(m));

        om.AppendLine("# HELP http_request_duration_seconds Request latency.").AppendLine("# TYPE http_request_duration_seconds histogram");
        foreach (var (version, perMinute) in LatencyBucketsPerMinute)
            for (var m = 0; m <= LastMinute; m++)
            {
                for (var b = 0; b < BucketBounds.Length; b++)
                    Sample(om, "http_request_duration_seconds_bucket", $"version=\"{version}\",le=\"{BucketBounds[b]}\"", perMinute[b] * m, m);
                Sample(om, "http_request_duration_seconds_count", $"version=\"{version}\"", perMinute[^1] * m, m);
                Sample(om, "http_request_duration_seconds_sum", $"version=\"{version}\"", 0.25 * perMinute[^1] * m, m);
            }

        om.AppendLine("# HELP memory_used Memory in use.").AppendLine("# TYPE memory_used gauge");
        foreach (var (version, location, instance) in new[]
                 {
                     ("baseline", "us-east1", "app-baseline-aaaa"), ("baseline", "us-west1", "app-baseline-bbbb"),
                     ("canary", "us-east1", "app-canary-cccc"), ("canary", "us-west1", "app-canary-dddd"),
                 })
            Series(om, "memory_used", $"env=\"prod\",instance=\"{instance}\",location=\"{location}\",version=\"{version}\"",
                m => Memory(version, location, m));
        Series(om, "memory_used", "env=\"prod\",instance=\"weird\",location=\"us-east1\",version=\"we\\\"ird\\\\name\"", _ => WeirdMemory);

        om.AppendLine("# TYPE queue_depth gauge");
        Series(om, "queue_depth", "version=\"baseline\"", QueueDepth);

        om.AppendLine("# TYPE special_values gauge");
        Series(om, "special_values", "kind=\"specials\"", m => Special(m));

        om.AppendLine("# TYPE gce_cpu gauge");
        const string zones = "https://www.googleapis.com/compute/v1/projects";
        Series(om, "gce_cpu", $"instance=\"app.canary-abcd\",zone=\"{zones}/proj-1/zones/us-central1-a\"", _ => 10);
        Series(om, "gce_cpu", $"instance=\"appXcanary-efgh\",zone=\"{zones}/proj-1/zones/us-central1-a\"", _ => 99);
        Series(om, "gce_cpu", $"instance=\"app.canary-wxyz\",zone=\"{zones}/proj-2/zones/us-central1-b\"", _ => 30);

        om.AppendLine("# TYPE aws_cpu gauge");
        Series(om, "aws_cpu", "asg_groupName=\"app-v001\",zone=\"us-east-1a\"", _ => 5);
        Series(om, "aws_cpu", "asg_groupName=\"app-v001\",zone=\"us-west-2a\"", _ => 50);
        Series(om, "aws_cpu", "asg_groupName=\"app-v002\",zone=\"us-east-1b\"", _ => 500);

        om.AppendLine("# EOF");
        return om.ToString();
    }

    private static void Series(StringBuilder om, string name, string labels, Func<int, double?> valueAt)
    {
        for (var m = 0; m <= LastMinute; m++)
            if (valueAt(m) is { } value)
                Sample(om, name, labels, value, m);
    }

    private static void Sample(StringBuilder om, string name, string labels, double value, int minute)
    {
        var text = value switch
        {
            double.PositiveInfinity => "+Inf",
            double.NegativeInfinity => "-Inf",
            _ when double.IsNaN(value) => "NaN",
            _ => value.ToString("R", CultureInfo.InvariantCulture),
        };
        om.Append(name).Append('{').Append(labels).Append("} ").Append(text).Append(' ')
            .Append(AtMinute(minute).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)).Append('\n');
    }
}
