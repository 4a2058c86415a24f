using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace Judge.Api.Tests.StandaloneAnalyses;

/// <summary>Lifetime analyses judged by ExactACAJudge-v2: every judgement held to its α-spending boundary, early pass.</summary>
public sealed class SequentialAnalysisTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly TempStore store = new();

    public void Dispose() => store.Dispose();

    private async Task<JsonObject> RunAsync(JsonObject config, Action<JsonObject>? change = null, Func<Judge.MetricSources.MetricQuery, bool>? bad = null)
    {
        var clock = new FakeTimeProvider(T0);
        var source = new WindowMetricSource { DistinctCanaryNoise = true, Bad = bad ?? (_ => false) };
        await using var host = new StandaloneAnalysisHost(store.Path, clock, source);
        var client = new AnalysisClient(host.CreateClient(), clock);
        var id = await client.StartAsync(await client.CreateConfigAsync(config), AnalysisClient.Request(lifetime: 60, interval: 10, change: change));
        client.AdvanceTo(T0.AddMinutes(60));
        return await client.DriveUntilCompleteAsync(id);
    }

    private static IEnumerable<JsonNode> Boundaries(JsonObject status) => AnalysisClient.Results(status).Select(r => r!["boundary"]!);

    [Fact]
    public async Task Each_judgement_records_the_boundary_it_was_held_to_and_every_metric_its_confidence()
    {
        var done = await RunAsync(AnalysisClient.Config());

        Assert.Equal("succeeded", done["status"]!.GetValue<string>());
        var boundaries = Boundaries(done).ToList();
        Assert.Equal([1, 2, 3, 4, 5, 6], boundaries.Select(b => b["look"]!.GetValue<int>()));
        Assert.All(boundaries, b => Assert.Equal(6, b["looks"]!.GetValue<int>()));
        var confidences = boundaries.Select(b => b["confidenceLevel"]!.GetValue<double>()).ToList();
        Assert.True(confidences.Zip(confidences.Skip(1)).All(p => p.First > p.Second), "each look is held to less than the one before");
        Assert.InRange(confidences[^1], 0.98, 0.99);
        foreach (var judgement in AnalysisClient.Results(done))
        {
            var level = judgement!["boundary"]!["confidenceLevel"]!.GetValue<double>();
            foreach (var metric in judgement["result"]!["judgeResult"]!["results"]!.AsArray())
                Assert.Equal(level, metric!["resultMetadata"]!["evidence"]!["confidenceLevel"]!.GetValue<double>(), 12);
        }
    }

    [Fact]
    public async Task Early_pass_ends_the_analysis_with_a_pass_once_every_metric_is_within_its_allowed_change()
    {
        var done = await RunAsync(AnalysisClient.Config(), r => r["earlyPass"] = true);

        Assert.Equal("succeeded", done["status"]!.GetValue<string>());
        var result = done["canaryAnalysisExecutionResult"]!;
        Assert.True(result["didPassThresholds"]!.GetValue<bool>());
        var results = AnalysisClient.Results(done);
        var judged = results.Count;
        // Looks 1 (a sixth of the lifetime) spends nothing on the pass side, and the last one ends the analysis anyway.
        Assert.InRange(judged, 2, 5);
        Assert.StartsWith($"Early pass at judgement #{judged} of 6", result["canaryScoreMessage"]!.GetValue<string>());
        Assert.Null(results[0]!["earlyPassBoundary"]);
        var last = results[^1]!;
        var passLevel = last["earlyPassBoundary"]!["confidenceLevel"]!.GetValue<double>();
        Assert.True(passLevel < last["boundary"]!["confidenceLevel"]!.GetValue<double>(),
            "the pass side spends evenly, so its early looks are held to less than the fail side's");
        var check = last["toleranceCheck"]!;
        Assert.Equal(passLevel, check["confidenceLevel"]!.GetValue<double>(), 12);
        var metrics = check["metrics"]!.AsArray();
        Assert.Equal(AnalysisClient.Results(done)[^1]!["result"]!["judgeResult"]!["results"]!.AsArray().Count, metrics.Count);
        Assert.All(metrics, m =>
        {
            Assert.True(m!["withinTolerance"]!.GetValue<bool>());
            Assert.InRange(m["relativeLower"]!.GetValue<double>(), -0.1, 0.1);
            Assert.InRange(m["relativeUpper"]!.GetValue<double>(), -0.1, 0.1);
        });
        foreach (var earlier in results.Take(judged - 1).Where(r => r!["toleranceCheck"] is not null))
            Assert.Contains(earlier!["toleranceCheck"]!["metrics"]!.AsArray(), m => !m!["withinTolerance"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Without_early_pass_no_judgement_carries_an_early_pass_boundary_or_check()
    {
        var done = await RunAsync(AnalysisClient.Config());

        Assert.Equal(6, AnalysisClient.Results(done).Count);
        Assert.All(AnalysisClient.Results(done), r =>
        {
            Assert.Null(r!["earlyPassBoundary"]);
            Assert.Null(r["toleranceCheck"]);
        });
    }

    [Fact]
    public async Task A_regressed_canary_fails_at_the_first_judgement_whose_points_can_clear_its_boundary()
    {
        var done = await RunAsync(AnalysisClient.Config(), r => r["earlyPass"] = true, bad: _ => true);

        Assert.Equal("terminal", done["status"]!.GetValue<string>());
        var results = AnalysisClient.Results(done);
        // 10 and 20 fully separated points a side cannot reach the first looks' 99.99999994 % and 99.998 %: no
        // verdict yet (and no early pass); the 30 of the third look can, and fail it.
        Assert.Equal(3, results.Count);
        foreach (var early in results.Take(2))
        {
            var metric = early!["result"]!["judgeResult"]!["results"]![0]!;
            Assert.Equal("Pass", metric["classification"]!.GetValue<string>());
            Assert.Contains("cannot yet reach this look's 99.99", metric["classificationReason"]!.GetValue<string>());
            Assert.False(metric["resultMetadata"]!["evidence"]!["withinTolerance"]!.GetValue<bool>());
        }
        Assert.Equal("High", results[2]!["result"]!["judgeResult"]!["results"]![0]!["classification"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_kayenta_era_judge_keeps_kayentas_rule_and_ignores_early_pass()
    {
        var config = AnalysisClient.Config();
        config["judge"] = new JsonObject { ["name"] = "ExactACAJudge-v1" };
        var done = await RunAsync(config, r => r["earlyPass"] = true);

        Assert.Equal(6, AnalysisClient.Results(done).Count);
        Assert.All(AnalysisClient.Results(done), r => Assert.Null(r!["boundary"]));
    }
}
