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

    [Fact]
    public async Task The_judge_http_walkthrough_requests_give_what_their_comments_promise()
    {
        var variables = new Dictionary<string, string>
        {
            ["from"] = Iso(world.WindowStart),
            ["to"] = Iso(world.WindowEnd),
            ["canary"] = WalkthroughFixture.FailingCanary.Version,
        };
        var created = await SendJsonAsync("createConfig", variables);
        variables["createConfig.response.body.canaryConfigId"] = created["canaryConfigId"]!.GetValue<string>();
        var started = await SendJsonAsync("startExecution", variables);
        variables["startExecution.response.body.canaryExecutionId"] = started["canaryExecutionId"]!.GetValue<string>();

        JsonObject execution;
        var deadline = DateTime.UtcNow.AddMinutes(2);
        do
        {
            execution = await SendJsonAsync("execution", variables);
            if (!execution["complete"]!.GetValue<bool>())
                await Task.Delay(200);
        } while (!execution["complete"]!.GetValue<bool>() && DateTime.UtcNow < deadline);
        // "The default canary fails: … Fail (score 0), because error_ratio, a critical metric, is High."
        var judged = execution["result"]!["judgeResult"]!;
        Assert.True(judged["score"]!["classification"]!.GetValue<string>() == "Fail", judged.ToJsonString());
        Assert.Equal(0.0, judged["score"]!["score"]!.GetValue<double>());
        var errorRatio = judged["results"]!.AsArray().Single(r => r!["name"]!.GetValue<string>() == ErrorRatio)!;
        Assert.Equal("High", errorRatio["classification"]!.GetValue<string>());
        Assert.True(errorRatio["critical"]!.GetValue<bool>());

        // "The report for people: an HTML page".
        var (_, reportPath, _) = Repository.JudgeHttpFile.Request("report", variables);
        using var report = await world.Judge.GetAsync(reportPath);
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Equal("text/html", report.Content.Headers.ContentType?.MediaType);

        // "{"pass": false, "phase": "Failed", "score": 0, …}", naming the config by its name.
        var verdict = await SendJsonAsync("verdict", variables);
        Assert.False(verdict["pass"]!.GetValue<bool>());
        Assert.Equal("Failed", verdict["phase"]!.GetValue<string>());
        Assert.Equal(0.0, verdict["score"]!.GetValue<double>());

        var dryRun = await SendJsonAsync("dryRun", variables);
        Assert.Contains(WalkthroughFixture.FailingCanary.Version, dryRun.ToJsonString());
        var credentials = await world.Judge.GetStringAsync(Repository.JudgeHttpFile.Request("credentials").Path);
        Assert.Contains("\"prometheus\"", credentials);
    }

    private static string Iso(DateTimeOffset instant) => instant.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private async Task<JsonObject> SendJsonAsync(string name, IReadOnlyDictionary<string, string> variables)
    {
        var (method, path, body) = Repository.JudgeHttpFile.Request(name, variables);
        Assert.DoesNotContain("{{", path + body);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body.Length > 0)
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await world.Judge.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{name}: {(int)response.StatusCode} {text}");
        var node = JsonNode.Parse(text)!;
        return node as JsonObject ?? new JsonObject { ["items"] = node.DeepClone() };
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
