using System.Globalization;
using System.Text;

namespace Judge.Bench.Http;

/// <summary>
/// The history the `executions` benchmark serves from a real Prometheus: gauges latency_0 … latency_(metrics−1) with a
/// scope label "baseline" or "canary", a sample every <c>step</c> seconds from <see cref="Start"/> for <c>points</c>
/// steps (both ends included), the values of <see cref="BenchRequests.Series"/>.
/// </summary>
internal static class ExecutionHistory
{
    public static readonly DateTimeOffset Start = DateTimeOffset.FromUnixTimeSeconds(1_704_067_200); // 2024-01-01T00:00:00Z

    /// <summary>The filter template that selects a scope's series.</summary>
    public const string ScopeFilter = "scope=\"${scope}\"";

    public static DateTimeOffset End(int points, int step) => Start.AddSeconds((double)points * step);

    public static string OpenMetrics(int metrics, int points, int step)
    {
        var text = new StringBuilder();
        var series = BenchRequests.Series(metrics, points + 1);
        for (var m = 0; m < metrics; m++)
        {
            text.Append("# TYPE latency_").Append(m).Append(" gauge\n");
            Append(text, m, "baseline", series[m].Control, step);
            Append(text, m, "canary", series[m].Experiment, step);
        }
        return text.Append("# EOF\n").ToString();
    }

    private static void Append(StringBuilder text, int metric, string scope, double[] values, int step)
    {
        for (var k = 0; k < values.Length; k++)
            text.Append("latency_").Append(metric).Append("{scope=\"").Append(scope).Append("\"} ")
                .Append(values[k].ToString("R", CultureInfo.InvariantCulture)).Append(' ')
                .Append((Start.ToUnixTimeSeconds() + (long)k * step).ToString(CultureInfo.InvariantCulture)).Append('\n');
    }
}
