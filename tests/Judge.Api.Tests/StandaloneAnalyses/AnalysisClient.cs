using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace Judge.Api.Tests.StandaloneAnalyses;

/// <summary>The calls the lifetime tests make, the bodies they send, and fake-time driving.</summary>
public sealed class AnalysisClient(HttpClient http, FakeTimeProvider clock)
{
    public const string Accounts = "metricsAccountName=prom&storageAccountName=store&configurationAccountName=store";

    /// <summary>latency weighs 80 and errors 20: both good → 100, errors bad → 80, latency bad → 20, both bad → 0.</summary>
    public static JsonObject Config(string latencyDirection = "increase", string errorsDirection = "increase") => new()
    {
        ["name"] = "checkout-lifetime",
        ["applications"] = new JsonArray("checkout"),
        ["metrics"] = new JsonArray(
            Metric("latency", "latency", "http_latency_seconds", latencyDirection),
            Metric("errors", "errors", "http_errors_total", errorsDirection)),
        ["classifier"] = new JsonObject { ["groupWeights"] = new JsonObject { ["latency"] = 80, ["errors"] = 20 } },
    };

    public static JsonObject Metric(string name, string group, string metricName, string direction, JsonObject? query = null) => new()
    {
        ["name"] = name,
        ["groups"] = new JsonArray(group),
        ["scopeName"] = "default",
        ["query"] = query ?? new JsonObject { ["type"] = "prometheus", ["metricName"] = metricName },
        ["analysisConfigurations"] = new JsonObject { ["canary"] = new JsonObject { ["direction"] = direction } },
    };

    public static JsonObject Scope(long step = 60, long controlOffset = 0, string? start = null, string? end = null)
    {
        var scope = new JsonObject
        {
            ["scopeName"] = "default",
            ["controlScope"] = "baseline",
            ["controlLocation"] = "us-east1",
            ["controlOffsetInMinutes"] = controlOffset,
            ["experimentScope"] = "canary",
            ["experimentLocation"] = "us-east1",
            ["step"] = step,
        };
        if (start is not null) scope["startTimeIso"] = start;
        if (end is not null) scope["endTimeIso"] = end;
        return scope;
    }

    public static JsonObject Request(long? lifetime = 30, long? interval = 10, JsonObject? scope = null, Action<JsonObject>? change = null)
    {
        var request = new JsonObject
        {
            ["scopes"] = new JsonArray(scope ?? Scope()),
            ["thresholds"] = new JsonObject { ["pass"] = 95, ["marginal"] = 75 },
        };
        if (lifetime is not null) request["lifetimeDurationMins"] = lifetime;
        if (interval is not null) request["analysisIntervalMins"] = interval;
        change?.Invoke(request);
        return request;
    }

    public async Task<string> CreateConfigAsync(JsonObject? config = null)
    {
        var response = await http.PostAsJsonAsync("/canaryConfig?configurationAccountName=store", config ?? Config());
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonNode.Parse(body)!["canaryConfigId"]!.GetValue<string>();
    }

    public Task<HttpResponseMessage> PostAsync(string configId, JsonObject request) =>
        http.PostAsJsonAsync($"/standalone_canary_analysis/{configId}?application=checkout&user=ci@example.com&{Accounts}", request);

    public async Task<string> StartAsync(string configId, JsonObject request)
    {
        var response = await PostAsync(configId, request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonNode.Parse(body)!["canaryAnalysisExecutionId"]!.GetValue<string>();
    }

    public async Task<JsonObject> GetAsync(string analysisId)
    {
        var response = await http.GetAsync($"/standalone_canary_analysis/{analysisId}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonNode.Parse(body)!.AsObject();
    }

    public async Task<JsonObject> GetCanaryAsync(string executionId)
    {
        var response = await http.GetAsync($"/canary/{executionId}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonNode.Parse(body)!.AsObject();
    }

    public Task<HttpResponseMessage> CancelAsync(string analysisId) =>
        http.PutAsync($"/standalone_canary_analysis/{analysisId}/cancel", null);

    /// <summary>Moves fake time forward to <paramref name="instant"/> (never back).</summary>
    public void AdvanceTo(DateTimeOffset instant)
    {
        var by = instant - clock.GetUtcNow();
        if (by > TimeSpan.Zero)
            clock.Advance(by);
    }

    /// <summary>
    /// Polls until <paramref name="done"/> holds, moving fake time one second (the runner's poll interval) per poll so
    /// that running judgements are checked; a bounded number of polls, then fails.
    /// </summary>
    public async Task<JsonObject> DriveUntilAsync(string analysisId, Func<JsonObject, bool> done, string what)
    {
        JsonObject status = [];
        for (var poll = 0; poll < 1500; poll++)
        {
            status = await GetAsync(analysisId);
            if (done(status))
                return status;
            clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(10);
        }
        Assert.Fail($"Analysis {analysisId} never became {what}; last status: {status.ToJsonString()}");
        return status;
    }

    public Task<JsonObject> DriveUntilCompleteAsync(string analysisId) =>
        DriveUntilAsync(analysisId, s => s["complete"]!.GetValue<bool>(), "complete");

    /// <summary>Drives until <paramref name="count"/> judgements have finished.</summary>
    public Task<JsonObject> DriveUntilJudgedAsync(string analysisId, int count) =>
        DriveUntilAsync(analysisId, s => Scores(s).Count >= count || s["complete"]!.GetValue<bool>(), $"judged {count} times");

    public static IReadOnlyList<double> Scores(JsonObject status) =>
        status["canaryAnalysisExecutionResult"]?["canaryScores"]?.AsArray().Select(n => n!.GetValue<double>()).ToList() ?? [];

    public static JsonArray Results(JsonObject status) => status["canaryAnalysisExecutionResult"]!["canaryExecutionResults"]!.AsArray();

    public static JsonObject Stage(JsonObject status, string name) =>
        status["stageStatus"]!.AsArray().Select(s => s!.AsObject()).Single(s => s["name"]!.GetValue<string>() == name);
}
