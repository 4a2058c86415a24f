using System.Globalization;
using System.Text;

namespace Judge.Api.Tests.Gates;

/// <summary>
/// The metric history the gate tests judge, for a real Prometheus: <see cref="MetricCount"/> gauges gate_metric_NN,
/// one sample every 10 s for an hour after <see cref="Anchor"/>, for two applications and their primaries:
/// "podinfo" (a good canary: its values are a reshuffle of its primary's) and "badapp" (metrics 0..<see cref="BadMetrics"/>-1
/// three times its primary's, the rest like podinfo).
/// </summary>
public static class GateHistory
{
    public static readonly DateTimeOffset Anchor = DateTimeOffset.FromUnixTimeSeconds(1_704_067_200); // 2024-01-01T00:00:00Z
    public static readonly TimeSpan Length = TimeSpan.FromHours(1);
    public static DateTimeOffset End => Anchor + Length;
    public const int MetricCount = 20;
    public const int BadMetrics = 5;
    public const int SampleSeconds = 10;

    public static string MetricName(int i) => $"gate_metric_{i:00}";

    /// <summary>Sample k of metric i for an app: 100 + 10 i plus a 0..12 pattern; baseline and canary use different permutations.</summary>
    public static double Value(string app, int i, int k)
    {
        var level = 100 + 10 * i;
        return app switch
        {
            "podinfo-primary" or "badapp-primary" => level + (k * 7 + i) % 13,
            "podinfo" => level + (k * 5 + 3 * i + 1) % 13,
            "badapp" => (i < BadMetrics ? 3 : 1) * level + (k * 5 + 3 * i + 1) % 13,
            _ => throw new ArgumentException($"no such app {app}"),
        };
    }

    public static readonly string[] Apps = ["podinfo-primary", "podinfo", "badapp-primary", "badapp"];

    public static string OpenMetrics()
    {
        var om = new StringBuilder();
        var samples = (int)(Length.TotalSeconds / SampleSeconds);
        for (var i = 0; i < MetricCount; i++)
        {
            om.Append("# TYPE ").Append(MetricName(i)).Append(" gauge\n");
            foreach (var app in Apps)
                for (var k = 0; k <= samples; k++)
                    om.Append(MetricName(i)).Append("{app=\"").Append(app).Append("\",namespace=\"test\"} ")
                        .Append(Value(app, i, k).ToString("R", CultureInfo.InvariantCulture)).Append(' ')
                        .Append((Anchor.ToUnixTimeSeconds() + k * SampleSeconds).ToString(CultureInfo.InvariantCulture)).Append('\n');
        }
        om.Append("# EOF\n");
        return om.ToString();
    }
}
