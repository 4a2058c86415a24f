using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace Judge.Api.Tests.Walkthrough;

/// <summary>
/// The README's walkthrough end to end, through Judge's public HTTP API only: the tutorial's own canary config
/// (examples/prometheus-demo/canary-config.json) judged over live Prometheus data of three canaries against one baseline.
/// </summary>
public sealed class WalkthroughTests(WalkthroughFixture world, ITestOutputHelper output) : IClassFixture<WalkthroughFixture>
{
    private const string ErrorRatio = "error_ratio";
    private const string AverageLatency = "avg_latency_seconds";
    private const string ErrorRateGauge = "error_rate_gauge";

    [Fact]
    public async Task A_canary_failing_30_percent_of_requests_scores_0_and_fails_on_the_critical_error_ratio()
    {
        var verdict = await JudgeAsync(WalkthroughFixture.FailingCanary);

        Assert.True(verdict is { Score: 0, Classification: "Fail" }, verdict.ToString());
        Assert.True(verdict.Metric(ErrorRatio) is { Classification: "High", Critical: true }, verdict.ToString());
        Assert.True(verdict.Metric(ErrorRateGauge).Classification == "High", verdict.ToString());
    }

    [Fact]
    public async Task A_canary_identical_to_the_baseline_scores_100_and_passes()
    {
        var verdict = await JudgeAsync(WalkthroughFixture.IdenticalCanary);

        Assert.True(verdict is { Score: 100, Classification: "Pass" }, verdict.ToString());
        Assert.All(verdict.Metrics.Values, metric => Assert.True(metric.Classification == "Pass", verdict.ToString()));
    }

    [Fact]
    public async Task A_canary_with_50_percent_more_latency_fails_on_latency_alone()
    {
        var verdict = await JudgeAsync(WalkthroughFixture.SlowCanary);

        Assert.True(verdict.Classification == "Fail", verdict.ToString());
        Assert.True(verdict.Metric(AverageLatency).Classification == "High", verdict.ToString());
        Assert.True(verdict.Metric(ErrorRatio).Classification == "Pass", verdict.ToString());
        Assert.True(verdict.Metric(ErrorRateGauge).Classification == "Pass", verdict.ToString());
    }

    /// <summary>POST /canary/{configId} over the scraped window, GET /canary/{id} until complete, and its report page.</summary>
    private async Task<JudgedCanary> JudgeAsync(SampleAppSettings canary)
    {
        var request = new JsonObject
        {
            ["scopes"] = new JsonObject
            {
                ["default"] = new JsonObject
                {
                    ["controlScope"] = Scope(WalkthroughFixture.Baseline.Version),
                    ["experimentScope"] = Scope(canary.Version),
                },
            },
            ["thresholds"] = new JsonObject { ["pass"] = 95, ["marginal"] = 75 },
        };
        var started = await world.Judge.PostAsJsonAsync($"/canary/{world.ConfigId}?application=sample-app", request);
        var executionId = (await OkJsonAsync(started))["canaryExecutionId"]!.GetValue<string>();

        JsonObject execution = [];
        for (var poll = 0; poll < 600; poll++)
        {
            execution = await OkJsonAsync(await world.Judge.GetAsync($"/canary/{executionId}"));
            if (execution["complete"]!.GetValue<bool>()) break;
            await Task.Delay(200);
        }
        Assert.True(execution["complete"]!.GetValue<bool>(), $"The execution did not complete within 2 min: {execution.ToJsonString()}");
        Assert.True(execution["status"]!.GetValue<string>() == "succeeded", $"The execution did not succeed: {execution.ToJsonString()}");
        // The page run.sh points people at.
        using (var report = await world.Judge.GetAsync($"/canary/{executionId}/report"))
        {
            Assert.Equal(HttpStatusCode.OK, report.StatusCode);
            Assert.Equal("text/html", report.Content.Headers.ContentType?.MediaType);
        }
        var verdict = JudgedCanary.From(execution);
        output.WriteLine($"{canary} against {WalkthroughFixture.Baseline}, {world.WindowStart:O} to {world.WindowEnd:O}: {verdict}");
        return verdict;
    }

    private JsonObject Scope(string version) => new()
    {
        ["scope"] = version,
        ["location"] = "local",
        ["start"] = world.WindowStart.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        ["end"] = world.WindowEnd.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        ["step"] = 1,
    };

    private static async Task<JsonObject> OkJsonAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {body}");
            return JsonNode.Parse(body)!.AsObject();
        }
    }
}
