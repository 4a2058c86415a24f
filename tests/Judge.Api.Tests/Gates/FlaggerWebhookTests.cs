using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Judge.Api.Tests.Gates;

/// <summary>
/// POST /gates/flagger as Flagger calls a webhook (pkg/controller/webhook.go): method POST, header
/// "Content-Type: application/json", body {name, namespace, phase, checksum, metadata} with string metadata.
/// Flagger advances on a status ≤ 202 and counts anything else as a failed check.
/// </summary>
[Collection(GatePrometheusCollection.Name)]
public sealed class FlaggerWebhookTests(GatePrometheus prometheus) : IDisposable
{
    private readonly GateHost host = new(prometheus.BaseUrl);

    public void Dispose() => host.Dispose();

    private static Dictionary<string, string> Metadata(params (string Key, string Value)[] overrides)
    {
        var metadata = new Dictionary<string, string>
        {
            ["canaryConfigName"] = GateConfig.Name,
            ["application"] = GateConfig.Application,
            ["metricsAccountName"] = "prom",
            ["storageAccountName"] = "objects",
            ["baselineScope"] = "${name}-primary",
            ["canaryScope"] = "${name}",
            ["lookback"] = "5m",
            ["step"] = "10s",
        };
        foreach (var (key, value) in overrides) metadata[key] = value;
        return metadata;
    }

    /// <summary>The request exactly as Flagger builds it.</summary>
    private async Task<(HttpStatusCode Status, string ContentType, JsonObject Body)> HookAsync(
        string canaryName, IReadOnlyDictionary<string, string> metadata, string phase = "Progressing", bool typed = true)
    {
        var payload = new JsonObject
        {
            ["name"] = canaryName,
            ["namespace"] = "test",
            ["phase"] = phase,
            ["checksum"] = "7c9b8f6d5",
            ["metadata"] = new JsonObject(metadata.OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => KeyValuePair.Create(p.Key, (JsonNode?)JsonValue.Create(p.Value)))),
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/gates/flagger")
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(payload.ToJsonString())),
        };
        if (typed)
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.UserAgent.ParseAdd("Go-http-client/1.1");
        using var response = await host.CreateClient().SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType ?? "", JsonNode.Parse(text)!.AsObject());
    }

    private static bool FlaggerAdvances(HttpStatusCode status) => (int)status <= 202;

    [Fact]
    public async Task A_good_canary_advances_and_is_stored_as_an_ordinary_execution()
    {
        await GateConfig.StoreAsync(host.CreateClient());

        var (status, _, body) = await HookAsync("podinfo", Metadata());

        Assert.True(status == HttpStatusCode.OK, body.ToJsonString());
        Assert.True(FlaggerAdvances(status));
        Assert.True(body["pass"]!.GetValue<bool>());
        Assert.Equal("pass", body["verdict"]!.GetValue<string>());
        Assert.Equal("Successful", body["phase"]!.GetValue<string>());
        Assert.Equal(100.0, body["score"]!.GetValue<double>());
        Assert.Empty(body["failingMetrics"]!.AsArray());
        var id = body["canaryExecutionId"]!.GetValue<string>();
        Assert.EndsWith($"/canary/{id}", body["reportUrl"]!.GetValue<string>());

        // The report behind the URL: an ordinary execution over the last 5 minutes of podinfo vs podinfo-primary.
        var report = JsonNode.Parse(await host.CreateClient().GetStringAsync($"/canary/{id}"))!;
        Assert.Equal("succeeded", report["status"]!.GetValue<string>());
        Assert.Equal("objects", report["storageAccountName"]!.GetValue<string>());
        Assert.Equal("configs", report["configurationAccountName"]!.GetValue<string>());
        Assert.Equal(GateHistory.MetricCount, report["result"]!["judgeResult"]!["results"]!.AsArray().Count);
        var scopes = report["canaryExecutionRequest"]!["scopes"]!["default"]!;
        Assert.Equal("podinfo-primary", scopes["controlScope"]!["scope"]!.GetValue<string>());
        Assert.Equal("podinfo", scopes["experimentScope"]!["scope"]!.GetValue<string>());
        Assert.Equal("test", scopes["experimentScope"]!["location"]!.GetValue<string>());
        Assert.Equal(GateHistory.End - TimeSpan.FromMinutes(5), scopes["experimentScope"]!["start"]!.GetValue<DateTimeOffset>());
        Assert.Equal(GateHistory.End, scopes["experimentScope"]!["end"]!.GetValue<DateTimeOffset>());
        // 5 minutes at a 10 s step of real Prometheus data on both sides.
        var first = report["result"]!["judgeResult"]!["results"]![0]!;
        Assert.InRange(first["experimentMetadata"]!["stats"]!["count"]!.GetValue<int>(), 30, 31);
    }

    [Fact]
    public async Task A_bad_canary_is_refused_with_the_failing_metrics_and_their_reasons()
    {
        await GateConfig.StoreAsync(host.CreateClient());

        var (status, contentType, body) = await HookAsync("badapp", Metadata(("canaryConfigName", "podinfo-gate")));

        Assert.Equal(HttpStatusCode.PreconditionFailed, status);
        Assert.False(FlaggerAdvances(status));
        Assert.Equal("application/json", contentType);
        Assert.False(body["pass"]!.GetValue<bool>());
        // 15 of 20 equally weighted metrics pass: 75, below pass (95), at marginal (75).
        Assert.Equal(75.0, body["score"]!.GetValue<double>());
        Assert.Equal("marginal", body["verdict"]!.GetValue<string>());
        var failing = body["failingMetrics"]!.AsArray();
        Assert.Equal(
            Enumerable.Range(0, GateHistory.BadMetrics).Select(GateHistory.MetricName),
            failing.Select(f => f!["metric"]!.GetValue<string>()).Order());
        Assert.All(failing, f =>
        {
            Assert.Equal("High", f!["classification"]!.GetValue<string>());
            Assert.False(string.IsNullOrWhiteSpace(f["reason"]!.GetValue<string>()));
        });
        Assert.Contains(body["reasons"]!.AsArray(), r => r!.GetValue<string>().StartsWith("gate_metric_00: High", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_hook_body_without_content_type_is_read_as_json()
    {
        await GateConfig.StoreAsync(host.CreateClient());

        var (status, _, body) = await HookAsync("podinfo", Metadata(), typed: false);

        Assert.True(status == HttpStatusCode.OK, body.ToJsonString());
    }

    [Fact]
    public async Task Thresholds_from_the_metadata_decide_the_verdict()
    {
        await GateConfig.StoreAsync(host.CreateClient());

        var (status, _, body) = await HookAsync("badapp", Metadata(("passThreshold", "70"), ("marginalThreshold", "50")));

        Assert.True(status == HttpStatusCode.OK, body.ToJsonString());
        Assert.True(body["pass"]!.GetValue<bool>());
        Assert.Equal(75.0, body["score"]!.GetValue<double>());
        Assert.Equal(GateHistory.BadMetrics, body["failingMetrics"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_metrics_outage_is_a_502_so_Flagger_does_not_promote()
    {
        await GateConfig.StoreAsync(host.CreateClient());

        var (status, contentType, body) = await HookAsync("podinfo", Metadata(("metricsAccountName", "down")));

        Assert.Equal(HttpStatusCode.BadGateway, status);
        Assert.False(FlaggerAdvances(status));
        Assert.Equal("application/problem+json", contentType);
        Assert.False(body["pass"]!.GetValue<bool>());
        Assert.Equal("Error", body["phase"]!.GetValue<string>());
        Assert.Contains("Fetching", body["detail"]!.GetValue<string>());
        var id = body["canaryExecutionId"]!.GetValue<string>();
        var report = JsonNode.Parse(await host.CreateClient().GetStringAsync($"/canary/{id}"))!;
        Assert.Equal("terminal", report["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_judgement_past_its_deadline_is_a_504_and_its_verdict_can_be_read_later()
    {
        await GateConfig.StoreAsync(host.CreateClient());

        var (status, _, body) = await HookAsync("podinfo", Metadata(("deadline", "1ms")));

        Assert.Equal(HttpStatusCode.GatewayTimeout, status);
        Assert.False(FlaggerAdvances(status));
        var id = body["canaryExecutionId"]!.GetValue<string>();
        // The background worker finishes the execution; the verdict endpoint waits for it.
        using var response = await host.CreateClient().GetAsync($"/canary/{id}/verdict?wait=60s");
        var verdict = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(response.StatusCode == HttpStatusCode.OK, verdict.ToJsonString());
        Assert.True(verdict["pass"]!.GetValue<bool>());
        Assert.Equal(id, verdict["canaryExecutionId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Metadata_that_cannot_make_a_canary_execution_are_400s_naming_the_key()
    {
        await GateConfig.StoreAsync(host.CreateClient());

        var noConfig = Metadata();
        noConfig.Remove("canaryConfigName");
        var (status, _, body) = await HookAsync("podinfo", noConfig);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(body["errors"]!["metadata.canaryConfigId"]);

        (status, _, body) = await HookAsync("podinfo", Metadata(("canaryScope", "${nmae}")));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("${nmae}", body["errors"]!["metadata.canaryScope"]![0]!.GetValue<string>());

        (status, _, body) = await HookAsync("podinfo", Metadata(("lookback", "five minutes")));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(body["errors"]!["metadata.lookback"]);

        (status, _, _) = await HookAsync("podinfo", Metadata(("canaryConfigName", "no-such-config")));
        Assert.Equal(HttpStatusCode.NotFound, status);
    }
}
