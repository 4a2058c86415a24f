using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Judge.Api.Tests.Execution;

/// <summary>The calls the execution tests make, and the bodies they send.</summary>
public sealed class CanaryClient(HttpClient http)
{
    public HttpClient Http => http;

    public static JsonObject Config(string name = "checkout-canary", string application = "checkout") => new()
    {
        ["name"] = name,
        ["applications"] = new JsonArray(application),
        ["metrics"] = new JsonArray(
            Metric("p99_latency", "latency", "http_latency_seconds"),
            Metric("error_rate", "errors", "http_errors_total")),
        ["classifier"] = new JsonObject { ["groupWeights"] = new JsonObject { ["latency"] = 60, ["errors"] = 40 } },
    };

    private static JsonObject Metric(string name, string group, string metricName) => new()
    {
        ["name"] = name,
        ["groups"] = new JsonArray(group),
        ["scopeName"] = "default",
        ["query"] = new JsonObject { ["type"] = "prometheus", ["metricName"] = metricName },
        ["analysisConfigurations"] = new JsonObject { ["canary"] = new JsonObject { ["direction"] = "increase" } },
    };

    public static JsonObject Scope(string scope, string start = "2024-01-01T00:00:00Z", string end = "2024-01-01T01:00:00Z", long step = 60) => new()
    {
        ["scope"] = scope,
        ["location"] = "us-east-1",
        ["start"] = start,
        ["end"] = end,
        ["step"] = step,
    };

    public static JsonObject Request(JsonObject? control = null, JsonObject? experiment = null, double pass = 95, double marginal = 75) => new()
    {
        ["scopes"] = new JsonObject
        {
            ["default"] = new JsonObject
            {
                ["controlScope"] = control ?? Scope("baseline"),
                ["experimentScope"] = experiment ?? Scope("canary"),
            },
        },
        ["thresholds"] = new JsonObject { ["pass"] = pass, ["marginal"] = marginal },
    };

    public async Task<string> CreateConfigAsync(JsonObject? config = null)
    {
        var response = await http.PostAsJsonAsync("/canaryConfig?configurationAccountName=store", config ?? Config());
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonNode.Parse(body)!["canaryConfigId"]!.GetValue<string>();
    }

    public Task<HttpResponseMessage> StartAsync(string configId, JsonObject request, string query = "application=checkout&metricsAccountName=prom&storageAccountName=store") =>
        http.PostAsJsonAsync($"/canary/{configId}?{query}", request);

    public async Task<string> StartOkAsync(string configId, JsonObject? request = null, string query = "application=checkout&metricsAccountName=prom&storageAccountName=store")
    {
        var response = await StartAsync(configId, request ?? Request(), query);
        return await ExecutionIdOf(response);
    }

    public static async Task<string> ExecutionIdOf(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonNode.Parse(body)!["canaryExecutionId"]!.GetValue<string>();
    }

    public async Task<JsonObject> GetAsync(string executionId)
    {
        var response = await http.GetAsync($"/canary/{executionId}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonNode.Parse(body)!.AsObject();
    }

    /// <summary>Polls GET /canary/{id} until <paramref name="done"/> holds; a bounded number of polls, then fails.</summary>
    public async Task<JsonObject> WaitForAsync(string executionId, Func<JsonObject, bool> done, string what = "complete")
    {
        JsonObject status = [];
        for (var poll = 0; poll < 1200; poll++)
        {
            status = await GetAsync(executionId);
            if (done(status))
                return status;
            await Task.Delay(50);
        }
        Assert.Fail($"Execution {executionId} never became {what}; last status: {status.ToJsonString()}");
        return status;
    }

    public Task<JsonObject> WaitForCompleteAsync(string executionId) =>
        WaitForAsync(executionId, s => s["complete"]!.GetValue<bool>());

    public static string StageStatus(JsonObject status, string stage) => status["stageStatus"]![stage]!.GetValue<string>();
}
