using System.Text.Json.Nodes;
using Judge.Stats.Sequential;
using Microsoft.Extensions.Time.Testing;

namespace Judge.Api.Tests.StandaloneAnalyses.Sequential;

/// <summary>
/// Lifetime analyses in history mode (a past hour, six cumulative 10-minute judgements) against a real Prometheus
/// backfilled with seeded autocorrelated latency, through the HTTP API: the regressed canary fails early at its
/// boundary, unchanged canaries pass — early with earlyPass — and every judgement records what it was held to.
/// </summary>
public sealed class PrometheusSequentialAnalysisTests(SequentialPrometheus prometheus) : IClassFixture<SequentialPrometheus>, IDisposable
{
    private readonly TempStore store = new();

    public void Dispose() => store.Dispose();

    private static JsonObject Config() => new()
    {
        ["name"] = "checkout-latency",
        ["applications"] = new JsonArray("checkout"),
        ["metrics"] = new JsonArray(AnalysisClient.Metric("latency", "latency", SequentialHistory.Metric, "increase", new JsonObject
        {
            ["type"] = "prometheus",
            ["metricName"] = SequentialHistory.Metric,
            ["customInlineTemplate"] = "app=\"${location}\",version=\"${scope}\"",
        })),
    };

    private static JsonObject Scope(string app)
    {
        var scope = AnalysisClient.Scope(step: 10,
            start: SequentialHistory.Anchor.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"),
            end: SequentialHistory.Anchor.AddMinutes(60).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"));
        scope["controlLocation"] = app;
        scope["experimentLocation"] = app;
        return scope;
    }

    private async Task<IReadOnlyList<JsonObject>> RunAsync(IEnumerable<string> apps, bool earlyPass)
    {
        var clock = new FakeTimeProvider(SequentialHistory.Anchor.AddHours(3));
        await using var host = new StandaloneAnalysisHost(store.Path, clock, source: null, prometheusUrl: prometheus.BaseUrl.ToString().TrimEnd('/'));
        var client = new AnalysisClient(host.CreateClient(), clock);
        var configId = await client.CreateConfigAsync(Config());
        var ids = new List<string>();
        foreach (var app in apps)
            ids.Add(await client.StartAsync(configId, AnalysisClient.Request(lifetime: null, interval: 10, scope: Scope(app),
                change: r => r["earlyPass"] = earlyPass)));
        var done = new List<JsonObject>();
        foreach (var id in ids)
            done.Add(await client.DriveUntilCompleteAsync(id));
        return done;
    }

    private static readonly IReadOnlyList<LookBoundary> FailSide =
        SequentialPlan.For([10, 20, 30, 40, 50, 60], cumulative: true, 0.98);

    private static readonly IReadOnlyList<LookBoundary> PassSide =
        SequentialPlan.For([10, 20, 30, 40, 50, 60], cumulative: true, 0.98, SpendingFunction.PocockFromQuarter);

    [Fact]
    public async Task The_regressed_canary_fails_early_naming_the_metric_and_the_unchanged_ones_pass_every_look()
    {
        var done = await RunAsync([SequentialHistory.Regressed, .. SequentialHistory.Unchanged], earlyPass: false);

        var regressed = done[0];
        Assert.Equal("terminal", regressed["status"]!.GetValue<string>());
        var judged = AnalysisClient.Results(regressed);
        Assert.InRange(judged.Count, 1, 2); // +50 % fails by the second 10-minute look
        var failing = judged[^1]!["result"]!["judgeResult"]!["results"]![0]!;
        Assert.Equal("latency", failing["name"]!.GetValue<string>());
        Assert.Equal("High", failing["classification"]!.GetValue<string>());
        Assert.False(regressed["canaryAnalysisExecutionResult"]!["didPassThresholds"]!.GetValue<bool>());
        var errors = regressed["exception"]!["details"]!["errors"]!.AsArray().Select(e => e!.GetValue<string>()).ToList();
        Assert.Equal($"Failing metrics at judgement #{judged.Count}, held to "
            + Judge.Stats.Judging.ConfidenceText.Percent(FailSide[judged.Count - 1].ConfidenceLevel) + ": latency (High)", errors[^1]);

        foreach (var unchanged in done.Skip(1))
        {
            Assert.Equal("succeeded", unchanged["status"]!.GetValue<string>());
            Assert.Equal(6, AnalysisClient.Results(unchanged).Count);
        }
        foreach (var analysis in done)
            foreach (var judgement in AnalysisClient.Results(analysis))
            {
                var look = judgement!["boundary"]!["look"]!.GetValue<int>();
                var level = judgement["boundary"]!["confidenceLevel"]!.GetValue<double>();
                Assert.Equal(FailSide[look - 1].ConfidenceLevel, level, 12);
                Assert.Equal(level, judgement["result"]!["judgeResult"]!["results"]![0]!["resultMetadata"]!["evidence"]!["confidenceLevel"]!.GetValue<double>(), 12);
                Assert.Null(judgement["earlyPassBoundary"]);
            }
    }

    [Fact]
    public async Task With_early_pass_unchanged_canaries_stop_before_their_lifetime_at_their_pass_boundary()
    {
        var done = await RunAsync(SequentialHistory.Unchanged, earlyPass: true);

        foreach (var analysis in done)
        {
            Assert.Equal("succeeded", analysis["status"]!.GetValue<string>());
            var results = AnalysisClient.Results(analysis);
            Assert.InRange(results.Count, 2, 5);
            var last = results[^1]!;
            var look = last["boundary"]!["look"]!.GetValue<int>();
            Assert.Equal(PassSide[look - 1].ConfidenceLevel, last["earlyPassBoundary"]!["confidenceLevel"]!.GetValue<double>(), 12);
            var check = last["toleranceCheck"]!;
            Assert.Equal(PassSide[look - 1].ConfidenceLevel, check["confidenceLevel"]!.GetValue<double>(), 12);
            var interval = check["metrics"]![0]!;
            Assert.True(interval["withinTolerance"]!.GetValue<bool>());
            // Latency watches increases only: the upper end must lie within +10 %; the lower end may go anywhere.
            Assert.InRange(interval["relativeUpper"]!.GetValue<double>(), interval["relativeLower"]!.GetValue<double>(), 0.1);
            Assert.StartsWith($"Early pass at judgement #{look} of 6",
                analysis["canaryAnalysisExecutionResult"]!["canaryScoreMessage"]!.GetValue<string>());
            Assert.Null(results[0]!["earlyPassBoundary"]); // a sixth of the lifetime: the pass side has spent nothing yet
        }
    }
}
