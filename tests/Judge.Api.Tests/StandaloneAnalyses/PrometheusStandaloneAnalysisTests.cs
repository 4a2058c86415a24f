using System.Text.Json.Nodes;
using Judge.MetricSources.Tests.Prometheus.Fixtures;
using Microsoft.Extensions.Time.Testing;

namespace Judge.Api.Tests.StandaloneAnalyses;

/// <summary>
/// A short retrospective analysis against the real Prometheus fixture (linked from Judge.MetricSources.Tests):
/// memory_used of the canary (2m) runs above the baseline's (m), so "increase" fails fast and "decrease" passes.
/// </summary>
public sealed class PrometheusStandaloneAnalysisTests(PrometheusServerFixture prometheus) : IClassFixture<PrometheusServerFixture>, IDisposable
{
    private readonly TempStore store = new();

    public void Dispose() => store.Dispose();

    private static JsonObject Config(string direction) => new()
    {
        ["name"] = "memory-lifetime",
        ["applications"] = new JsonArray("checkout"),
        // The fixture's memory lines are exact straight lines: ExactACAJudge-v2 rightly reads a 10-point trend as
        // about one effective point (no verdict); the Kayenta-era judge compares the points as given.
        ["judge"] = new JsonObject { ["name"] = "ExactACAJudge-v1" },
        ["metrics"] = new JsonArray(AnalysisClient.Metric("memory", "system", "memory_used", direction, new JsonObject
        {
            ["type"] = "prometheus",
            ["metricName"] = "memory_used",
            ["customInlineTemplate"] = "version=\"${scope}\",location=\"${location}\"",
        })),
    };

    private async Task<JsonObject> RunAsync(string direction)
    {
        var clock = new FakeTimeProvider(PrometheusHistory.AtMinute(120));
        await using var host = new StandaloneAnalysisHost(store.Path, clock, source: null, prometheusUrl: prometheus.BaseUrl.ToString().TrimEnd('/'));
        var client = new AnalysisClient(host.CreateClient(), clock);
        var scope = AnalysisClient.Scope(
            start: PrometheusHistory.AtMinute(10).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"),
            end: PrometheusHistory.AtMinute(40).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"));
        var id = await client.StartAsync(await client.CreateConfigAsync(Config(direction)), AnalysisClient.Request(lifetime: null, interval: 10, scope: scope));
        return await client.DriveUntilCompleteAsync(id);
    }

    [Fact]
    public async Task A_canary_that_is_worse_fails_at_the_first_judgement()
    {
        var done = await RunAsync("increase");

        Assert.Equal("terminal", done["status"]!.GetValue<string>());
        Assert.Equal([0.0], AnalysisClient.Scores(done));
        var result = AnalysisClient.Results(done)[0]!["result"]!["judgeResult"]!["results"]![0]!;
        Assert.Equal("High", result["classification"]!.GetValue<string>());
        Assert.Equal(10, result["controlMetadata"]!["stats"]!["count"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_canary_that_only_differs_in_the_allowed_direction_passes_every_judgement()
    {
        var done = await RunAsync("decrease");

        Assert.Equal("succeeded", done["status"]!.GetValue<string>());
        Assert.Equal([100.0, 100.0, 100.0], AnalysisClient.Scores(done));
        Assert.True(done["canaryAnalysisExecutionResult"]!["didPassThresholds"]!.GetValue<bool>());
        Assert.Equal(30, AnalysisClient.Results(done)[2]!["result"]!["judgeResult"]!["results"]![0]!["experimentMetadata"]!["stats"]!["count"]!.GetValue<int>());
    }
}
