using System.Globalization;
using System.Text;
using Judge.Stats.Tests.Dependence;

namespace Judge.Api.Tests.StandaloneAnalyses.Sequential;

/// <summary>
/// An hour of seeded latency for a real Prometheus, one sample every 10 s: log-normal with σ = 0.1 around 100 ms and
/// AR(1) φ = 0.7 noise, as the sequential simulation in bench/ uses. Each app has a baseline and a canary version with
/// their own noise; the canaries of <see cref="Unchanged"/> are drawn like their baselines (A/A), that of
/// <see cref="Regressed"/> 50 % slower.
/// </summary>
public static class SequentialHistory
{
    public static readonly DateTimeOffset Anchor = DateTimeOffset.FromUnixTimeSeconds(1_704_067_200); // 2024-01-01T00:00:00Z
    public const int Samples = 361; // 0 s … 3,600 s
    public const string Metric = "checkout_latency_ms";
    public static readonly string[] Unchanged = ["steady-1", "steady-2", "steady-3", "steady-4"];
    public const string Regressed = "slower";

    public static string OpenMetrics()
    {
        var om = new StringBuilder($"# TYPE {Metric} gauge\n");
        var apps = Unchanged.Append(Regressed).ToArray();
        for (var a = 0; a < apps.Length; a++)
        {
            var random = new Random(2026 + a);
            var baseline = SimulatedSeries.LogNormalLatency(random, Samples, 0.7, 0.1, 100);
            var canary = SimulatedSeries.LogNormalLatency(random, Samples, 0.7, 0.1, apps[a] == Regressed ? 150 : 100);
            Append(om, apps[a], "baseline", baseline);
            Append(om, apps[a], "canary", canary);
        }
        return om.Append("# EOF\n").ToString();
    }

    private static void Append(StringBuilder om, string app, string version, double[] values)
    {
        for (var k = 0; k < values.Length; k++)
            om.Append(Metric).Append("{app=\"").Append(app).Append("\",version=\"").Append(version).Append("\"} ")
                .Append(values[k].ToString("R", CultureInfo.InvariantCulture)).Append(' ')
                .Append((Anchor.ToUnixTimeSeconds() + 10L * k).ToString(CultureInfo.InvariantCulture)).Append('\n');
    }
}
